-- Reference data of the Whole-of-Government guide (JDN, 2025): sectors, service clusters and domains
-- (Jadual 2-3), target groups and their life-cycle touchpoints (Rajah 2-8..2-11), the 17 citizen
-- personas (Jadual 2-2) and the 20 generic service processes (Rajah 3-2).

CREATE TABLE sector (
    code    VARCHAR(40) PRIMARY KEY,
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    ordinal INT NOT NULL
);

CREATE TABLE service_cluster (
    code    VARCHAR(60) PRIMARY KEY,
    sector  VARCHAR(40) NOT NULL REFERENCES sector (code),
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

CREATE TABLE service_domain (
    code    VARCHAR(60) PRIMARY KEY,
    sector  VARCHAR(40) NOT NULL REFERENCES sector (code),
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

CREATE TABLE target_group (
    code    VARCHAR(10) PRIMARY KEY,
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    ordinal INT NOT NULL
);

CREATE TABLE life_event (
    code         VARCHAR(60) PRIMARY KEY,
    target_group VARCHAR(10) NOT NULL REFERENCES target_group (code),
    name_ms      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    ordinal      INT NOT NULL
);

CREATE TABLE persona (
    code    VARCHAR(60) PRIMARY KEY,
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    ordinal INT NOT NULL
);

CREATE TABLE generic_process (
    code    VARCHAR(40) PRIMARY KEY,
    name_ms VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    ordinal INT NOT NULL
);

INSERT INTO sector (code, name_ms, name_en, ordinal) VALUES
('SOSIAL_1', 'Sosial 1 (Masyarakat)', 'Social 1 (Community)', 1),
('SOSIAL_2', 'Sosial 2 (Bakat)', 'Social 2 (Talent)', 2),
('EKONOMI', 'Ekonomi', 'Economy', 3),
('INFRASTRUKTUR', 'Infrastruktur', 'Infrastructure', 4),
('KESELAMATAN', 'Keselamatan', 'Security', 5),
('PENTADBIRAN_AWAM', 'Pentadbiran Awam', 'Public Administration', 6);

INSERT INTO service_cluster (code, sector, name_ms, name_en) VALUES
('KESIHATAN', 'SOSIAL_1', 'Kesihatan', 'Health'),
('KESEJAHTERAAN_PERPADUAN', 'SOSIAL_1', 'Pembangunan Kesejahteraan dan Perpaduan', 'Well-being and Unity Development'),
('PENDIDIKAN_LATIHAN_PEKERJAAN', 'SOSIAL_2', 'Pendidikan, Latihan dan Pekerjaan', 'Education, Training and Employment'),
('BELIA_SUKAN', 'SOSIAL_2', 'Belia dan Sukan', 'Youth and Sports'),
('PERTANIAN_MAKANAN_KOMODITI', 'EKONOMI', 'Pertanian dan Industri Makanan & Komoditi', 'Agriculture, Food Industry and Commodities'),
('PERDAGANGAN_INDUSTRI', 'EKONOMI', 'Perdagangan dan Industri', 'Trade and Industry'),
('EKONOMI_PENYELIDIKAN', 'EKONOMI', 'Ekonomi, Penyelidikan dan Pembangunan', 'Economy, Research and Development'),
('PELANCONGAN_KEBUDAYAAN', 'EKONOMI', 'Pelancongan dan Kebudayaan', 'Tourism and Culture'),
('PENGANGKUTAN', 'INFRASTRUKTUR', 'Pengangkutan', 'Transport'),
('KOMUNITI_LUAR_BANDAR', 'INFRASTRUKTUR', 'Pembangunan Komuniti dan Luar Bandar', 'Community and Rural Development'),
('PERUMAHAN_KERAJAAN_TEMPATAN', 'INFRASTRUKTUR', 'Perumahan dan Kerajaan Tempatan', 'Housing and Local Government'),
('KEMUDAHAN_AWAM_TENAGA', 'INFRASTRUKTUR', 'Kemudahan Awam, Teknologi dan Tenaga, Sumber Asli, dan Alam Sekitar', 'Public Utilities, Technology and Energy, Natural Resources and Environment'),
('KESELAMATAN_DALAM_NEGERI', 'KESELAMATAN', 'Keselamatan Dalam Negeri', 'Internal Security'),
('PERTAHANAN', 'KESELAMATAN', 'Pertahanan', 'Defence'),
('PENYIARAN_KOMUNIKASI', 'KESELAMATAN', 'Penyiaran, Komunikasi dan Maklumat', 'Broadcasting, Communications and Information'),
('PENGURUSAN_KEWANGAN', 'PENTADBIRAN_AWAM', 'Pengurusan Kewangan', 'Financial Management'),
('PENGURUSAN_SUMBER_MANUSIA', 'PENTADBIRAN_AWAM', 'Pengurusan Sumber Manusia', 'Human Resource Management'),
('PENTADBIRAN_AM', 'PENTADBIRAN_AWAM', 'Pentadbiran Am', 'General Administration');

INSERT INTO service_domain (code, sector, name_ms, name_en) VALUES
('KESIHATAN', 'SOSIAL_1', 'Kesihatan', 'Health'),
('BELIA_SUKAN', 'SOSIAL_1', 'Belia dan Sukan', 'Youth and Sports'),
('KESEJAHTERAAN_PERPADUAN', 'SOSIAL_1', 'Pembangunan Kesejahteraan dan Perpaduan', 'Well-being and Unity Development'),
('KELUARGA', 'SOSIAL_1', 'Keluarga/Isi Rumah', 'Family and Household'),
('KEBAJIKAN', 'SOSIAL_1', 'Kebajikan', 'Welfare'),
('KOMUNITI_MASYARAKAT', 'SOSIAL_1', 'Perkhidmatan Komuniti dan Masyarakat', 'Community Services'),
('KOMUNIKASI_DIGITAL', 'SOSIAL_1', 'Komunikasi Digital', 'Digital Communication'),
('PERLINDUNGAN_SOSIAL', 'SOSIAL_1', 'Perlindungan Sosial', 'Social Protection'),
('PENDIDIKAN', 'SOSIAL_2', 'Pendidikan', 'Education'),
('LATIHAN', 'SOSIAL_2', 'Latihan', 'Training'),
('PEKERJAAN', 'SOSIAL_2', 'Pekerjaan', 'Employment'),
('PERTANIAN_MAKANAN', 'EKONOMI', 'Pertanian dan Industri Makanan', 'Agriculture and Food Industry'),
('KOMODITI', 'EKONOMI', 'Komoditi', 'Commodities'),
('PERDAGANGAN_INDUSTRI', 'EKONOMI', 'Perdagangan dan Industri', 'Trade and Industry'),
('PELANCONGAN_KEBUDAYAAN', 'EKONOMI', 'Pelancongan, Kebudayaan dan Sukan', 'Tourism, Culture and Sports'),
('PERKHIDMATAN_KEWANGAN', 'EKONOMI', 'Perkhidmatan Kewangan', 'Financial Services'),
('EKONOMI_PENYELIDIKAN', 'EKONOMI', 'Ekonomi, Penyelidikan dan Pembangunan', 'Economy, Research and Development'),
('PENGANGKUTAN', 'INFRASTRUKTUR', 'Pengangkutan (Darat, Udara, Laut)', 'Transport (Land, Air, Sea)'),
('KOMUNITI_LUAR_BANDAR', 'INFRASTRUKTUR', 'Pembangunan Komuniti dan Luar Bandar', 'Community and Rural Development'),
('PERUMAHAN_KERAJAAN_TEMPATAN', 'INFRASTRUKTUR', 'Perumahan dan Kerajaan Tempatan', 'Housing and Local Government'),
('KEMUDAHAN_AWAM', 'INFRASTRUKTUR', 'Kemudahan Awam dan Fasiliti', 'Public Utilities and Facilities'),
('TEKNOLOGI', 'INFRASTRUKTUR', 'Teknologi', 'Technology'),
('TENAGA', 'INFRASTRUKTUR', 'Tenaga', 'Energy'),
('SUMBER_ASLI', 'INFRASTRUKTUR', 'Sumber Asli', 'Natural Resources'),
('ALAM_SEKITAR', 'INFRASTRUKTUR', 'Alam Sekitar', 'Environment'),
('KESELAMATAN_DALAM_NEGERI', 'KESELAMATAN', 'Keselamatan Dalam Negeri', 'Internal Security'),
('HAL_EHWAL_LUAR_NEGERI', 'KESELAMATAN', 'Hal Ehwal Luar Negeri', 'Foreign Affairs'),
('PENGURUSAN_BENCANA', 'KESELAMATAN', 'Pengurusan Bencana dan Keselamatan', 'Disaster and Safety Management'),
('PERTAHANAN', 'KESELAMATAN', 'Pertahanan', 'Defence'),
('PENYIARAN_KOMUNIKASI', 'KESELAMATAN', 'Penyiaran, Komunikasi dan Maklumat', 'Broadcasting, Communications and Information'),
('KESELAMATAN_SIBER', 'KESELAMATAN', 'Keselamatan Siber', 'Cyber Security'),
('INFRASTRUKTUR_DIGITAL', 'KESELAMATAN', 'Infrastruktur Digital', 'Digital Infrastructure'),
('PENGURUSAN_KEWANGAN', 'PENTADBIRAN_AWAM', 'Pengurusan Kewangan', 'Financial Management'),
('AGAMA_ISLAM', 'PENTADBIRAN_AWAM', 'Agama Islam', 'Islamic Affairs'),
('KEHAKIMAN_PERUNDANGAN', 'PENTADBIRAN_AWAM', 'Kehakiman dan Perundangan', 'Judiciary and Legal Affairs'),
('PEMBANGUNAN_NEGARA', 'PENTADBIRAN_AWAM', 'Pembangunan Negara', 'National Development'),
('PERPADUAN_NEGARA', 'PENTADBIRAN_AWAM', 'Perpaduan Negara dan Kesejahteraan Sosial', 'National Unity and Social Well-being'),
('SUMBER_MANUSIA', 'PENTADBIRAN_AWAM', 'Pengurusan Sumber Manusia', 'Human Resource Management'),
('PENGURUSAN_PROJEK', 'PENTADBIRAN_AWAM', 'Pengurusan Projek', 'Project Management'),
('AUDIT', 'PENTADBIRAN_AWAM', 'Audit (Kewangan dan Prestasi)', 'Audit (Financial and Performance)'),
('PENTADBIRAN_AM', 'PENTADBIRAN_AWAM', 'Pentadbiran Am', 'General Administration');

INSERT INTO target_group (code, name_ms, name_en, ordinal) VALUES
('G2C', 'Kerajaan kepada Rakyat', 'Government to Citizen', 1),
('G2B', 'Kerajaan kepada Perniagaan', 'Government to Business', 2),
('G2G', 'Kerajaan kepada Kerajaan', 'Government to Government', 3),
('G2E', 'Kerajaan kepada Penjawat Awam', 'Government to Employee', 4);

-- Touchpoints: the guide names the first and last of each cycle (Kelahiran..Kematian,
-- Merancang..Menamatkan Perniagaan, Wujud Organisasi.., Pelantikan..Persaraan); the ones between
-- are named after the MyGovernment portal's life events.
INSERT INTO life_event (code, target_group, name_ms, name_en, ordinal) VALUES
('KELAHIRAN', 'G2C', 'Kelahiran', 'Birth', 1),
('KESIHATAN', 'G2C', 'Kesihatan', 'Health', 2),
('PENDIDIKAN', 'G2C', 'Pendidikan', 'Education', 3),
('PENGENALAN_DIRI', 'G2C', 'Pengenalan Diri', 'Identity', 4),
('PEKERJAAN', 'G2C', 'Pekerjaan', 'Employment', 5),
('PENGANGKUTAN', 'G2C', 'Pengangkutan dan Memandu', 'Transport and Driving', 6),
('PERKAHWINAN', 'G2C', 'Perkahwinan dan Keluarga', 'Marriage and Family', 7),
('PERUMAHAN', 'G2C', 'Perumahan dan Hartanah', 'Housing and Property', 8),
('KEWANGAN_CUKAI', 'G2C', 'Kewangan dan Cukai', 'Money and Tax', 9),
('KEBAJIKAN', 'G2C', 'Kebajikan dan Bantuan', 'Welfare and Aid', 10),
('PERJALANAN', 'G2C', 'Perjalanan dan Imigresen', 'Travel and Immigration', 11),
('KOMUNITI', 'G2C', 'Komuniti dan Persekitaran', 'Community and Environment', 12),
('WARGA_EMAS', 'G2C', 'Persaraan dan Warga Emas', 'Retirement and Old Age', 13),
('KEMATIAN', 'G2C', 'Kematian', 'Death', 14),
('MERANCANG_PERNIAGAAN', 'G2B', 'Merancang Perniagaan', 'Planning a Business', 1),
('MEMULAKAN_PERNIAGAAN', 'G2B', 'Memulakan Perniagaan', 'Starting a Business', 2),
('MENGURUS_PERNIAGAAN', 'G2B', 'Mengurus Perniagaan', 'Running a Business', 3),
('MENGEMBANGKAN_PERNIAGAAN', 'G2B', 'Mengembangkan Perniagaan', 'Growing a Business', 4),
('MENAMATKAN_PERNIAGAAN', 'G2B', 'Menamatkan Perniagaan', 'Closing a Business', 5),
('WUJUD_ORGANISASI', 'G2G', 'Wujud Organisasi', 'Establishing an Organisation', 1),
('SUMBER_MANUSIA', 'G2G', 'Sumber Manusia', 'Human Resources', 2),
('ASET_FASILITI', 'G2G', 'Aset dan Fasiliti', 'Assets and Facilities', 3),
('KEWANGAN_BAJET', 'G2G', 'Kewangan dan Bajet', 'Finance and Budget', 4),
('PEROLEHAN', 'G2G', 'Perolehan', 'Procurement', 5),
('PERKONGSIAN_DATA', 'G2G', 'Perkongsian Data', 'Data Sharing', 6),
('TEKNOLOGI_MAKLUMAT', 'G2G', 'Teknologi Maklumat', 'Information Technology', 7),
('PERUNDANGAN', 'G2G', 'Perundangan dan Dasar', 'Legislation and Policy', 8),
('AUDIT_PEMATUHAN', 'G2G', 'Audit dan Pematuhan', 'Audit and Compliance', 9),
('PERHUBUNGAN_AWAM', 'G2G', 'Komunikasi dan Perhubungan Awam', 'Communications and Public Relations', 10),
('PENSTRUKTURAN_SEMULA', 'G2G', 'Penstrukturan Semula Organisasi', 'Organisation Restructuring', 11),
('PELANTIKAN', 'G2E', 'Pelantikan', 'Appointment', 1),
('PERJAWATAN', 'G2E', 'Perjawatan', 'Posts and Establishment', 2),
('PEMBANGUNAN_KERJAYA', 'G2E', 'Pembangunan Kerjaya dan Latihan', 'Career Development and Training', 3),
('PRESTASI', 'G2E', 'Penilaian Prestasi', 'Performance Appraisal', 4),
('GAJI_ELAUN', 'G2E', 'Gaji dan Elaun', 'Salary and Allowances', 5),
('CUTI', 'G2E', 'Cuti', 'Leave', 6),
('KEMUDAHAN', 'G2E', 'Kemudahan dan Faedah', 'Benefits and Facilities', 7),
('TATATERTIB', 'G2E', 'Tatatertib', 'Discipline', 8),
('PERSARAAN', 'G2E', 'Persaraan', 'Retirement', 9);

INSERT INTO persona (code, name_ms, name_en, ordinal) VALUES
('PELAJAR_SEKOLAH_MENENGAH', 'Pelajar Sekolah Menengah', 'Secondary-school student', 1),
('PELAJAR_IPT', 'Pelajar Institut Pengajian Tinggi', 'Higher-education student', 2),
('PENCARI_KERJA', 'Pencari Kerja', 'Job seeker', 3),
('TENAGA_KERJA_MUDA', 'Tenaga Kerja Muda', 'Young workforce', 4),
('TENAGA_KERJA_BERPENGALAMAN', 'Tenaga Kerja Berpengalaman', 'Experienced workforce', 5),
('PASANGAN_INGIN_BERKAHWIN', 'Pasangan Ingin Berkahwin', 'Couple planning to marry', 6),
('IBU_BAPA_ANAK_KECIL', 'Ibu Bapa kepada Anak Kecil (0-6 Tahun)', 'Parents of young children (0-6)', 7),
('IBU_BAPA_KANAK_KANAK', 'Ibu Bapa kepada Kanak-Kanak (7-12 Tahun)', 'Parents of children (7-12)', 8),
('IBU_BAPA_REMAJA', 'Ibu Bapa kepada Remaja (13-17 Tahun)', 'Parents of teenagers (13-17)', 9),
('KELUARGA_BERPENDAPATAN_RENDAH', 'Keluarga Berpendapatan Rendah', 'Low-income family', 10),
('OKU', 'Orang Kurang Upaya', 'Persons with disabilities', 11),
('WANITA', 'Wanita', 'Women', 12),
('PESARA', 'Pesara', 'Retirees and pre-retirees (45-60)', 13),
('PENJAGA_IBU_BAPA_TUA', 'Penjaga kepada Ibu Bapa yang Tua', 'Carers of elderly parents', 14),
('USAHAWAN', 'Usahawan', 'Entrepreneurs', 15),
('IBU_HAMIL', 'Ibu Hamil', 'Pregnant mothers', 16),
('WARGA_EMAS', 'Warga Emas', 'Senior citizens', 17);

INSERT INTO generic_process (code, name_ms, name_en, ordinal) VALUES
('REGISTER', 'Daftar', 'Register', 1),
('SEARCH_RETRIEVE', 'Cari/Dapatkan', 'Search/Retrieve', 2),
('VERIFY_CHECK', 'Sahkan/Semak', 'Verify/Check', 3),
('CERTIFY', 'Perakui', 'Certify', 4),
('ISSUE_RENEW', 'Keluarkan/Keluarkan Semula/Perbaharui', 'Issue/Re-issue/Renew', 5),
('INSPECT', 'Periksa', 'Inspect', 6),
('DISTRIBUTE_BROADCAST', 'Edar/Siar', 'Distribute/Broadcast', 7),
('DELIVER', 'Hantar', 'Deliver', 8),
('MODIFY_CORRECT', 'Ubah/Betulkan', 'Modify/Correct', 9),
('ALLOCATE_ASSIGN', 'Peruntuk/Tugaskan', 'Allocate/Assign', 10),
('APPROVE_AUTHORISE', 'Lulus/Beri Kuasa', 'Approve/Authorise', 11),
('NOTIFY_ALERT', 'Maklum/Amaran', 'Notify/Alert', 12),
('ACKNOWLEDGE_RESPOND', 'Akui/Balas', 'Acknowledge/Respond', 13),
('PAY_DISBURSE', 'Bayar/Agih', 'Pay/Disburse', 14),
('GENERATE_PRINT', 'Jana/Cetak', 'Generate/Print', 15),
('APPEAL_GRIEVANCE', 'Rayuan/Aduan', 'Appeal/Grievance', 16),
('RECORD_REPORT', 'Rekod/Lapor', 'Record/Report', 17),
('ASSESS_MONITOR', 'Nilai/Pantau', 'Assess/Monitor', 18),
('COLLECT_RETURN', 'Kutip/Pulang', 'Collect/Return', 19),
('IDENTIFY', 'Kenal Pasti', 'Identify', 20);
