-- The directory of agencies whose staff may register as civil servants, and the e-mail domains that
-- are theirs: a civil servant's address must be at one of their agency's domains (or a subdomain).
-- Seeded with the agencies the demo uses and some federal departments, with their published domains.
CREATE TABLE agency (
    code VARCHAR(20)  PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE agency_email_domain (
    domain      VARCHAR(100) PRIMARY KEY,
    agency_code VARCHAR(20)  NOT NULL REFERENCES agency (code)
);
CREATE INDEX agency_email_domain_agency ON agency_email_domain (agency_code);

INSERT INTO agency (code, name) VALUES
    ('JPJ',  'Jabatan Pengangkutan Jalan Malaysia'),
    ('JPN',  'Jabatan Pendaftaran Negara'),
    ('JDN',  'Jabatan Digital Negara'),
    ('KD',   'Kementerian Digital'),
    ('JIM',  'Jabatan Imigresen Malaysia'),
    ('JPA',  'Jabatan Perkhidmatan Awam'),
    ('ANM',  'Jabatan Akauntan Negara Malaysia'),
    ('JKDM', 'Jabatan Kastam Diraja Malaysia'),
    ('KKM',  'Kementerian Kesihatan Malaysia'),
    ('KPM',  'Kementerian Pendidikan Malaysia');

INSERT INTO agency_email_domain (domain, agency_code) VALUES
    ('jpj.gov.my', 'JPJ'),
    ('jpn.gov.my', 'JPN'),
    ('jdn.gov.my', 'JDN'),
    ('digital.gov.my', 'KD'),
    ('imi.gov.my', 'JIM'),
    ('jpa.gov.my', 'JPA'),
    ('anm.gov.my', 'ANM'),
    ('customs.gov.my', 'JKDM'),
    ('moh.gov.my', 'KKM'),
    ('moe.gov.my', 'KPM');

-- A civil servant's standing with the agency they named at sign-up. Until the agency's head of
-- department approves, account.agency stays empty, so tokens carry no agency and no agency roles.
-- agency_code has no foreign key: sign-up checks it against the directory, and accounts created
-- acting for an agency outside it (before the directory existed) must still be recorded as leaving.
CREATE TABLE civil_servant (
    account_id   UUID         PRIMARY KEY REFERENCES account (id),
    agency_code  VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL,
    decided_by   VARCHAR(100),
    approved_at  TIMESTAMPTZ,
    left_at      TIMESTAMPTZ,
    left_by      VARCHAR(100),
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX civil_servant_agency_status ON civil_servant (agency_code, status, account_id);
