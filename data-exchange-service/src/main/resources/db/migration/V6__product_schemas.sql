-- Real field schemas for the 54 data products that V2 seeded with a placeholder (recordId, status, details,
-- lastUpdated). POPULATION and COMPANY are untouched; VEHICLE only loses a consent flag (at the end). Each product's record key is its first field;
-- no field is classified above its product. Fields that hold a citizen's personal details need the citizen's
-- consent (consentRequired) where the record is keyed by that citizen's MyKad number: consents are held
-- against the hashed MyKad, so only those records can be matched to one. Identity attributes kept by JPN
-- (name, address, date of birth, ...) are not repeated here: the once-only principle reads them from POPULATION.
-- Each UPDATE applies only while the product still has V2's placeholder: an owner agency that has already
-- published its own schema (PUT /v1/products/{code}) keeps it.
-- Money fields (type object) follow the platform convention: {"currency": "MYR", "value": <sen>}.

-- ====================================================================================================
-- EKONOMI: Businesses and the economy. A business is referred to by its SSM registration number, the key of
-- COMPANY; an entrepreneur or producer (a person) by MyKad number.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'licenceNumber', fields = '[
    {"name": "licenceNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Licence or permit number"},
    {"name": "licenceType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Type of licence or permit, e.g. MANUFACTURING_LICENCE, IMPORT_PERMIT, BUSINESS_PREMISES_LICENCE"},
    {"name": "issuingAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Code of the agency that issued it, e.g. MITI, MIDA, PBT code"},
    {"name": "holderRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the business that holds it"},
    {"name": "premisesAddress", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Address of the licensed premises, where the licence is for premises"},
    {"name": "licenceStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ACTIVE, SUSPENDED, REVOKED or EXPIRED"},
    {"name": "issueDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of issue"},
    {"name": "expiryDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the licence or permit expires"},
    {"name": "conditions", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Conditions attached to the licence"}
]'::jsonb
WHERE code = 'PERMITS_LICENCES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'companyRegistrationNumber', fields = '[
    {"name": "companyRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the enterprise"},
    {"name": "sizeCategory", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MICRO, SMALL or MEDIUM under the SME Corp. Malaysia definition"},
    {"name": "economicSector", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MANUFACTURING or SERVICES_AND_OTHER_SECTORS (sets the size thresholds)"},
    {"name": "msicCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Main activity, MSIC 2008 five-digit code"},
    {"name": "annualSalesTurnover", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "Annual sales turnover declared for the size category. Money: currency MYR, value in sen (integer)"},
    {"name": "fullTimeEmployees", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "Number of full-time employees declared"},
    {"name": "smeStatusValidUntil", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the SME status confirmation expires"}
]'::jsonb
WHERE code = 'MSME' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The entrepreneur''s MyKad number"},
    {"name": "companyRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the entrepreneur''s business"},
    {"name": "msicCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Main business activity, MSIC 2008 five-digit code"},
    {"name": "entrepreneurSegment", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Target segment, e.g. YOUTH, WOMEN, OKU, INDIGENOUS, GRADUATE"},
    {"name": "developmentProgrammes", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Entrepreneur development programmes joined, by programme code"},
    {"name": "receivedGovernmentFinancing", "type": "boolean", "classification": "TERHAD", "consentRequired": true, "description": "Whether the entrepreneur has received government financing or grants"},
    {"name": "registeredSince", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of first registration with the ministry"}
]'::jsonb
WHERE code = 'ENTREPRENEURS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The farmer''s, breeder''s or fisherman''s MyKad number"},
    {"name": "producerCategory", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "PADDY_FARMER, SMALLHOLDER, LIVESTOCK_BREEDER, FISHERMAN or AQUACULTURE_OPERATOR"},
    {"name": "registeringAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency holding the registration, e.g. DOA, DOF, DVS, LPP, RISDA"},
    {"name": "fishingVesselLicenceNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Fishing vessel licence (Department of Fisheries), fishermen only"},
    {"name": "district", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "District of the main farm, holding or landing jetty"},
    {"name": "state", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "State of the main farm, holding or landing jetty"},
    {"name": "farmAreaHectares", "type": "number", "classification": "TERHAD", "consentRequired": false, "description": "Area farmed, in hectares"},
    {"name": "incentivesReceived", "type": "array", "classification": "TERHAD", "consentRequired": true, "description": "Subsidies and incentives received, e.g. paddy fertiliser, fishermen''s living allowance"},
    {"name": "registeredSince", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of first registration"}
]'::jsonb
WHERE code = 'FARMERS_FISHERMEN' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'caseNumber', fields = '[
    {"name": "caseNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Insolvency Department case number"},
    {"name": "caseType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "BANKRUPTCY (an individual) or WINDING_UP (a company)"},
    {"name": "debtorMykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MyKad number of the bankrupt, bankruptcy cases only"},
    {"name": "debtorCompanyRegistrationNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SSM registration number of the company being wound up, winding-up cases only"},
    {"name": "courtCaseNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "High Court petition number"},
    {"name": "orderDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the bankruptcy order or winding-up order"},
    {"name": "caseStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ADJUDGED, DISCHARGED, ANNULLED, IN_LIQUIDATION or DISSOLVED"},
    {"name": "dischargeDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of discharge, annulment or dissolution"}
]'::jsonb
WHERE code = 'BANKRUPTCY_WINDING_UP' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'datasetId', fields = '[
    {"name": "datasetId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "DOSM dataset identifier"},
    {"name": "title", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Dataset title, e.g. Economic Census 2023: Services"},
    {"name": "msicSection", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MSIC 2008 section, A to U"},
    {"name": "geography", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MALAYSIA or a state name"},
    {"name": "referenceYear", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Year the figures refer to"},
    {"name": "establishments", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of establishments"},
    {"name": "grossOutput", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Value of gross output. Money: currency MYR, value in sen (integer)"},
    {"name": "valueAdded", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Value added. Money: currency MYR, value in sen (integer)"},
    {"name": "personsEngaged", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of persons engaged"},
    {"name": "publishedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date DOSM published the dataset"}
]'::jsonb
WHERE code = 'ECONOMIC_ACTIVITY' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'indicatorCode', fields = '[
    {"name": "indicatorCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Indicator code, e.g. GDP_REAL_GROWTH, CPI, UNEMPLOYMENT_RATE"},
    {"name": "indicatorName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the indicator"},
    {"name": "frequency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MONTHLY, QUARTERLY or ANNUAL"},
    {"name": "referencePeriod", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Latest period, e.g. 2025-10, 2025-Q3 or 2025"},
    {"name": "value", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Value for the reference period"},
    {"name": "unit", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Unit of the value, e.g. PERCENT, INDEX_2010_100, MYR_MILLION"},
    {"name": "seasonallyAdjusted", "type": "boolean", "classification": "OPEN", "consentRequired": false, "description": "Whether the value is seasonally adjusted"},
    {"name": "releaseDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date DOSM released the value"}
]'::jsonb
WHERE code = 'ECONOMIC_INDICATORS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'companyRegistrationNumber', fields = '[
    {"name": "companyRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the company"},
    {"name": "bumiputeraStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "BUMIPUTERA or NON_BUMIPUTERA under the government''s Bumiputera company criteria"},
    {"name": "bumiputeraEquityPercent", "type": "number", "classification": "TERHAD", "consentRequired": false, "description": "Share of paid-up capital held by Bumiputera, in percent"},
    {"name": "bumiputeraDirectorsPercent", "type": "number", "classification": "TERHAD", "consentRequired": false, "description": "Share of the board who are Bumiputera, in percent"},
    {"name": "bumiputeraEmployeesPercent", "type": "number", "classification": "TERHAD", "consentRequired": false, "description": "Share of the workforce who are Bumiputera, in percent"},
    {"name": "certifyingAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency that confirmed the status, e.g. MOF, TERAJU"},
    {"name": "statusValidUntil", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the confirmed status expires"},
    {"name": "developmentProgrammes", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "TERAJU programmes the company takes part in, e.g. TERAS"}
]'::jsonb
WHERE code = 'BUMIPUTERA' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'heritageId', fields = '[
    {"name": "heritageId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "National Heritage Register number"},
    {"name": "name", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the heritage site, object or element"},
    {"name": "heritageCategory", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "TANGIBLE_SITE, TANGIBLE_OBJECT, INTANGIBLE, NATURAL or UNDERWATER"},
    {"name": "designation", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "HERITAGE or NATIONAL_HERITAGE (National Heritage Act 2005)"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State where it is found or practised"},
    {"name": "location", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Address or place description"},
    {"name": "gazettedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of listing in the register"},
    {"name": "gazetteReference", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Gazette notification reference"},
    {"name": "unescoWorldHeritage", "type": "boolean", "classification": "OPEN", "consentRequired": false, "description": "Whether it is part of a UNESCO World Heritage inscription"}
]'::jsonb
WHERE code = 'HERITAGE' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'applicationNumber', fields = '[
    {"name": "applicationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MyIPO application number"},
    {"name": "ipType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PATENT, UTILITY_INNOVATION, TRADEMARK, INDUSTRIAL_DESIGN, GEOGRAPHICAL_INDICATION or LAYOUT_DESIGN"},
    {"name": "title", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Title of the invention or design, or the mark"},
    {"name": "applicantName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the applicant or registered owner"},
    {"name": "filingDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Filing date"},
    {"name": "grantNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Patent or registration number once granted"},
    {"name": "ipStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FILED, PUBLISHED, REGISTERED, GRANTED, REFUSED, WITHDRAWN, LAPSED or EXPIRED"},
    {"name": "classifications", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Nice, Locarno or IPC classes"},
    {"name": "expiryDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date protection ends unless renewed"}
]'::jsonb
WHERE code = 'INTELLECTUAL_PROPERTY' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- SOSIAL_1: Society: welfare, health, family, culture and media. A record about one person is keyed by the
-- person's MyKad number, so the citizen's consent (held against the hashed MyKad) and data tracker apply.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The person''s MyKad (or MyKid) number"},
    {"name": "vulnerabilityCategories", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Categories the person is registered under, e.g. OKU, HARDCORE_POOR, POOR, SENIOR_CITIZEN, SINGLE_MOTHER, ORPHAN"},
    {"name": "disabilityCategory", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "OKU category: PHYSICAL, HEARING, VISUAL, SPEECH, LEARNING, MENTAL or MULTIPLE; absent if not OKU"},
    {"name": "okuCardNumber", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "Number of the OKU card issued by JKM, if any"},
    {"name": "householdIncomeCategory", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "HARDCORE_POOR, POOR or LOW_INCOME, by household income per capita"},
    {"name": "householdSize", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "Number of people in the household"},
    {"name": "district", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "District of residence"},
    {"name": "registeredSince", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of first registration"}
]'::jsonb
WHERE code = 'VULNERABLE_GROUPS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The patient''s MyKad (or MyKid) number"},
    {"name": "bloodGroup", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "ABO group and Rh factor, e.g. O+"},
    {"name": "allergies", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Known allergies, e.g. drug allergies"},
    {"name": "chronicConditions", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Chronic conditions, as ICD-10 codes"},
    {"name": "immunisations", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Vaccines received under the national immunisation programme, with dates"},
    {"name": "organDonorPledged", "type": "boolean", "classification": "SULIT", "consentRequired": true, "description": "Whether the person has pledged organ donation"},
    {"name": "registeredClinicCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Code of the primary-care clinic the person is registered with"},
    {"name": "lastVisitDate", "type": "string", "classification": "SULIT", "consentRequired": true, "format": "date", "description": "Date of the last recorded visit to a public facility"}
]'::jsonb
WHERE code = 'INDIVIDUAL_HEALTH' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The person''s MyKad (or MyKid) number"},
    {"name": "maritalStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SINGLE, MARRIED, DIVORCED or WIDOWED, as registered under Act 164"},
    {"name": "spouseMykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": true, "description": "MyKad number of the current spouse"},
    {"name": "marriageCertificateNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Number of the current marriage certificate"},
    {"name": "marriageDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the current marriage was registered"},
    {"name": "registrationOffice", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "JPN office, embassy or registered place of worship where it was registered"},
    {"name": "dissolutionDate", "type": "string", "classification": "TERHAD", "consentRequired": true, "format": "date", "description": "Date of the last divorce, annulment or spouse''s death"}
]'::jsonb
WHERE code = 'MARRIAGE' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The insured person''s MyKad number"},
    {"name": "contributorStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ACTIVE, INACTIVE or NEVER_CONTRIBUTED"},
    {"name": "schemes", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Schemes covering the person, e.g. EMPLOYMENT_INJURY, INVALIDITY, EMPLOYMENT_INSURANCE, SELF_EMPLOYMENT, HOUSEWIVES"},
    {"name": "currentEmployerCode", "type": "string", "classification": "TERHAD", "consentRequired": true, "description": "PERKESO employer code of the current employer"},
    {"name": "lastContributionMonth", "type": "string", "classification": "TERHAD", "consentRequired": true, "description": "Last month a contribution was paid, YYYY-MM"},
    {"name": "activeBenefits", "type": "array", "classification": "TERHAD", "consentRequired": true, "description": "Benefits currently paid, e.g. TEMPORARY_DISABLEMENT, INVALIDITY_PENSION, SURVIVORS_PENSION, JOB_SEARCH_ALLOWANCE"},
    {"name": "firstRegisteredDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the person was first registered with PERKESO"}
]'::jsonb
WHERE code = 'SOCIAL_PROTECTION' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'notificationId', fields = '[
    {"name": "notificationId", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Notification number of a notifiable disease case (Act 342)"},
    {"name": "diseaseCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Notifiable disease, as an ICD-10 code"},
    {"name": "patientMykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "MyKad number of the case"},
    {"name": "onsetDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date symptoms began"},
    {"name": "notificationDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the case was notified to the district health office"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District where the case was notified"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State where the case was notified"},
    {"name": "outbreakId", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Outbreak the case is linked to, if any"},
    {"name": "caseOutcome", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "UNDER_TREATMENT, RECOVERED or DIED"}
]'::jsonb
WHERE code = 'PUBLIC_HEALTH' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'datasetId', fields = '[
    {"name": "datasetId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Dataset identifier"},
    {"name": "survey", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Source survey, e.g. NHMS_2022, MANS_2014"},
    {"name": "indicator", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Indicator, e.g. STUNTING_UNDER_5, ADULT_OBESITY, ANAEMIA_WOMEN_15_49"},
    {"name": "geography", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MALAYSIA or a state name"},
    {"name": "stratum", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Population group the value refers to, e.g. AGE_18_PLUS, URBAN, RURAL"},
    {"name": "referenceYear", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Year of data collection"},
    {"name": "value", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Estimated prevalence or mean"},
    {"name": "unit", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Unit of the value, e.g. PERCENT, KCAL_PER_DAY"},
    {"name": "publishedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the ministry published the estimate"}
]'::jsonb
WHERE code = 'NUTRITION' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'certificateNumber', fields = '[
    {"name": "certificateNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Malaysia Halal Certificate number"},
    {"name": "companyRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the certificate holder"},
    {"name": "productOrPremisesName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Certified product, brand or premises"},
    {"name": "certificationScheme", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FOOD_AND_BEVERAGE, FOOD_PREMISES, SLAUGHTERHOUSE, CONSUMER_GOODS, COSMETICS, PHARMACEUTICALS, LOGISTICS, OEM or MEDICAL_DEVICES"},
    {"name": "premisesAddress", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Address of the certified premises or factory"},
    {"name": "certifyingBody", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "JAKIM or the state religious department (JAIN/MAIN) that certified it"},
    {"name": "issueDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of issue"},
    {"name": "expiryDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the certificate expires"},
    {"name": "certificateStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "VALID, SUSPENDED, REVOKED or EXPIRED"}
]'::jsonb
WHERE code = 'HALAL' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'isbn', fields = '[
    {"name": "isbn", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ISBN (or ISSN for serials)"},
    {"name": "title", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Title"},
    {"name": "authors", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Authors, editors or corporate authors"},
    {"name": "publisher", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Publisher"},
    {"name": "publicationYear", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Year of publication"},
    {"name": "language", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Main language, ISO 639-1 code, e.g. ms, en"},
    {"name": "medium", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PRINT or ELECTRONIC"},
    {"name": "subjects", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Subject headings"},
    {"name": "depositDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date deposited with the National Library under Act 331"}
]'::jsonb
WHERE code = 'PUBLICATIONS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The recipient''s MyKad number"},
    {"name": "assistancePrograms", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Welfare assistance received, e.g. BANTUAN_KANAK_KANAK, BANTUAN_WARGA_EMAS, ELAUN_PEKERJA_CACAT, STR, SARA"},
    {"name": "monthlyAssistance", "type": "object", "classification": "SULIT", "consentRequired": true, "description": "Total monthly assistance currently paid. Money: currency MYR, value in sen (integer)"},
    {"name": "paymentStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ACTIVE, SUSPENDED or STOPPED"},
    {"name": "welfareOffice", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "District welfare office (PKMD) managing the case"},
    {"name": "approvedDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the current assistance was approved"},
    {"name": "nextReviewDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the case is next reviewed"}
]'::jsonb
WHERE code = 'CITIZEN_WELFARE' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'artefactId', fields = '[
    {"name": "artefactId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Registration number of the artefact"},
    {"name": "name", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name or short description of the artefact"},
    {"name": "category", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "e.g. CERAMIC, TEXTILE, WEAPON, MANUSCRIPT, COIN, ARCHAEOLOGICAL"},
    {"name": "period", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Period or date of origin"},
    {"name": "material", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Main material"},
    {"name": "holdingMuseum", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Museum or institution holding the artefact"},
    {"name": "acquisitionDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date acquired"},
    {"name": "nationalHeritage", "type": "boolean", "classification": "OPEN", "consentRequired": false, "description": "Whether the artefact is listed as National Heritage"}
]'::jsonb
WHERE code = 'ARTEFACT_REGISTER' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'outletId', fields = '[
    {"name": "outletId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Identifier of the media outlet in the ministry''s register"},
    {"name": "outletName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the newspaper, broadcaster, channel or portal"},
    {"name": "mediaType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PRINT, TELEVISION, RADIO or ONLINE"},
    {"name": "ownerRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the owning company"},
    {"name": "licenceNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Printing permit (Act 301) or MCMC content licence number"},
    {"name": "languages", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Languages published or broadcast in, ISO 639-1 codes"},
    {"name": "outletStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ACTIVE, SUSPENDED or CEASED"}
]'::jsonb
WHERE code = 'MEDIA' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- SOSIAL_2: Talent: education, skills, employment and retirement. Records about a person are keyed by MyKad
-- (MyKid for children); institutions and vacancies by their own codes.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The student''s MyKid or MyKad number"},
    {"name": "institutionCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "KPM code of the school (see the EDUCATION repository)"},
    {"name": "educationLevel", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY or FORM_SIX"},
    {"name": "yearOfStudy", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Year or form, e.g. TAHUN_4, TINGKATAN_2"},
    {"name": "enrolmentStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ENROLLED, TRANSFERRED, COMPLETED or LEFT"},
    {"name": "enrolmentDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of enrolment at the current school"},
    {"name": "specialEducationNeeds", "type": "boolean", "classification": "TERHAD", "consentRequired": true, "description": "Whether the student is in a special education programme"}
]'::jsonb
WHERE code = 'STUDENTS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The employee''s MyKad number"},
    {"name": "employmentStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "EMPLOYED or NOT_EMPLOYED"},
    {"name": "employerRegistrationNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SSM registration number of the current employer"},
    {"name": "occupationCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MASCO 2020 occupation code"},
    {"name": "employmentType", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "PERMANENT, CONTRACT, PART_TIME or APPRENTICE"},
    {"name": "startDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Start of the current employment"},
    {"name": "endDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "End of the last employment, when not employed"},
    {"name": "monthlyWage", "type": "object", "classification": "TERHAD", "consentRequired": true, "description": "Basic monthly wage. Money: currency MYR, value in sen (integer)"}
]'::jsonb
WHERE code = 'EMPLOYMENT' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The pensioner''s MyKad number"},
    {"name": "pensionNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "KWAP pension number"},
    {"name": "pensionType", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SERVICE, DERIVATIVE (to survivors), DISABILITY or ALLOWANCE"},
    {"name": "retirementDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of retirement, or of the officer''s death for derivative pensions"},
    {"name": "lastServiceGrade", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Grade held at retirement, e.g. N41"},
    {"name": "monthlyPension", "type": "object", "classification": "TERHAD", "consentRequired": true, "description": "Monthly pension currently paid. Money: currency MYR, value in sen (integer)"},
    {"name": "pensionStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ACTIVE, SUSPENDED or STOPPED"},
    {"name": "stoppedDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date payments stopped, e.g. after the pensioner''s death"}
]'::jsonb
WHERE code = 'PENSIONERS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'institutionCode', fields = '[
    {"name": "institutionCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "KPM school or institution code"},
    {"name": "institutionName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the school or institution"},
    {"name": "institutionType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "e.g. SK, SJKC, SJKT, SMK, SBP, SMKA, KOLEJ_VOKASIONAL, SEKOLAH_PENDIDIKAN_KHAS"},
    {"name": "institutionAddress", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Address"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District education office (PPD)"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "locality", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "URBAN or RURAL"},
    {"name": "enrolment", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of pupils enrolled"},
    {"name": "teachers", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of teachers"},
    {"name": "performanceBand", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "School performance band, 1 (highest) to 7"}
]'::jsonb
WHERE code = 'EDUCATION' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The pupil''s MyKid or MyKad number"},
    {"name": "institutionCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "KPM code of the current school"},
    {"name": "yearOfStudy", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Year or form, e.g. TAHUN_6, TINGKATAN_5"},
    {"name": "examinationResults", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Public examination results (e.g. SPM, STPM): subject and grade"},
    {"name": "examinationCertificateNumber", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "Number of the latest public examination certificate"},
    {"name": "attendanceRate", "type": "number", "classification": "SULIT", "consentRequired": true, "description": "Attendance in the current year, in percent"},
    {"name": "coCurricularActivities", "type": "array", "classification": "TERHAD", "consentRequired": true, "description": "Clubs, uniformed bodies and sports, with roles"},
    {"name": "disciplinaryRecords", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Disciplinary cases recorded at school"}
]'::jsonb
WHERE code = 'PUPIL_RECORDS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'institutionCode', fields = '[
    {"name": "institutionCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "JPK accredited centre code"},
    {"name": "institutionName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the training institution"},
    {"name": "ownership", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PUBLIC or PRIVATE"},
    {"name": "ministry", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Ministry or agency running a public institution, e.g. KPM, KBS, MARA, KESUMA"},
    {"name": "accreditedProgrammes", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Accredited programmes, as NOSS codes and level"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "accreditedUntil", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the centre''s accreditation expires"}
]'::jsonb
WHERE code = 'TVET_INSTITUTIONS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "The skilled person''s MyKad number"},
    {"name": "highestSkillLevel", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SKM_1, SKM_2, SKM_3, DKM_4 or DLKM_5"},
    {"name": "skillCertificates", "type": "array", "classification": "TERHAD", "consentRequired": true, "description": "Skills certificates held: certificate number, NOSS code, level and date"},
    {"name": "occupationalArea", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Main occupational area, NOSS sector"},
    {"name": "trainingCentreCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Code of the centre of the latest certification (see TVET_INSTITUTIONS)"},
    {"name": "lastCertifiedDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the latest certification"}
]'::jsonb
WHERE code = 'SKILLS_PROFILES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'vacancyId', fields = '[
    {"name": "vacancyId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MYFutureJobs vacancy identifier"},
    {"name": "jobTitle", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Job title"},
    {"name": "employerRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the employer, or the agency code for public posts"},
    {"name": "jobSector", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PUBLIC or PRIVATE"},
    {"name": "occupationCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MASCO 2020 occupation code"},
    {"name": "workDistrict", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District of the workplace"},
    {"name": "workState", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State of the workplace"},
    {"name": "minimumMonthlySalary", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Lowest monthly salary offered. Money: currency MYR, value in sen (integer)"},
    {"name": "maximumMonthlySalary", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Highest monthly salary offered. Money: currency MYR, value in sen (integer)"},
    {"name": "openings", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of openings"},
    {"name": "closingDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Last day to apply"}
]'::jsonb
WHERE code = 'JOB_OFFERS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'identityDocumentNumber', fields = '[
    {"name": "identityDocumentNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MyKad number for a citizen, passport number for a foreign worker"},
    {"name": "identityDocumentType", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MYKAD or PASSPORT"},
    {"name": "nationality", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "ISO 3166-1 alpha-3 code, e.g. MYS, IDN, NPL"},
    {"name": "employerRegistrationNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "SSM registration number of the employer"},
    {"name": "occupationCode", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MASCO 2020 occupation code"},
    {"name": "employmentSector", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MANUFACTURING, CONSTRUCTION, PLANTATION, AGRICULTURE, SERVICES or DOMESTIC"},
    {"name": "employedSince", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Start of the current employment"},
    {"name": "workPassExpiry", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Expiry of the Temporary Employment Visit Pass, foreign workers only"},
    {"name": "monthlyWage", "type": "object", "classification": "TERHAD", "consentRequired": true, "description": "Basic monthly wage. Money: currency MYR, value in sen (integer)"}
]'::jsonb
WHERE code = 'WORKERS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- INFRASTRUKTUR: Housing, land, geospatial data and transport. Records are places and assets, keyed by their own
-- numbers; the people tied to them (purchasers, proprietors) appear as MyKad or SSM numbers.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'housingUnitId', fields = '[
    {"name": "housingUnitId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Identifier of the housing unit"},
    {"name": "projectName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the housing project"},
    {"name": "developerLicenceNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Housing developer''s licence number (Act 118)"},
    {"name": "developerRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the developer"},
    {"name": "housingProgramme", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PRIVATE, PPR, RUMAH_MESRA_RAKYAT, RUMAWIP or STATE_AFFORDABLE"},
    {"name": "unitType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "TERRACE, SEMI_DETACHED, DETACHED, APARTMENT, CONDOMINIUM or FLAT"},
    {"name": "unitAddress", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Postal address of the unit"},
    {"name": "sellingPrice", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "Price in the sale and purchase agreement. Money: currency MYR, value in sen (integer)"},
    {"name": "purchaserMykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MyKad number of the first purchaser"},
    {"name": "salePurchaseDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the sale and purchase agreement"},
    {"name": "vacantPossessionDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date vacant possession was delivered"}
]'::jsonb
WHERE code = 'HOUSING' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'titleNumber', fields = '[
    {"name": "titleNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Title number with its type prefix, e.g. GRN 12345, HSD 6789, PN 2468"},
    {"name": "titleType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "REGISTRY_TITLE or LAND_OFFICE_TITLE, FINAL or QUALIFIED (National Land Code)"},
    {"name": "lotNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Lot number (or PT number for a qualified title)"},
    {"name": "mukim", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Mukim, town or village"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "areaSquareMetres", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Area of the lot, in square metres"},
    {"name": "landUseCategory", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "AGRICULTURE, BUILDING or INDUSTRY (National Land Code s.52)"},
    {"name": "tenure", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FREEHOLD or LEASEHOLD"},
    {"name": "leaseExpiry", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "End of the lease, leasehold titles only"},
    {"name": "restrictionInInterest", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Restriction in interest endorsed on the title, e.g. Malay reservation"},
    {"name": "registeredProprietors", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Registered proprietors: MyKad or SSM registration number and undivided share"},
    {"name": "encumbrances", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Registered charges, leases, caveats and prohibitory orders, with presentation numbers"}
]'::jsonb
WHERE code = 'LAND' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'featureId', fields = '[
    {"name": "featureId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Identifier of the geospatial feature"},
    {"name": "featureClass", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "e.g. CADASTRAL_LOT, BUILDING, ROAD, RIVER, ADMINISTRATIVE_BOUNDARY, GEODETIC_MARK"},
    {"name": "name", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the feature, if it has one"},
    {"name": "uniqueParcelIdentifier", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "National UPI of a cadastral lot"},
    {"name": "geometry", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "GeoJSON geometry of the feature"},
    {"name": "coordinateReferenceSystem", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Coordinate reference system, e.g. EPSG:4742 (GDM2000)"},
    {"name": "accuracyClass", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Positional accuracy class of the survey"},
    {"name": "surveyedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of survey or capture"},
    {"name": "sourceAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency that captured the data"}
]'::jsonb
WHERE code = 'SPATIAL' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'assetId', fields = '[
    {"name": "assetId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "JKR asset identifier"},
    {"name": "assetType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ROAD, BRIDGE, SLOPE or BUILDING"},
    {"name": "name", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the asset, e.g. building name or road name"},
    {"name": "routeNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Federal route number, for roads, bridges and slopes along them"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "location", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "GeoJSON point or line of the asset"},
    {"name": "conditionRating", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "Condition from the latest inspection, 1 (good) to 5 (failed)"},
    {"name": "slopeHazardRisk", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "LOW, MEDIUM, HIGH or VERY_HIGH, slopes only"},
    {"name": "lastInspectionDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the latest inspection"},
    {"name": "maintainingAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency or concessionaire responsible for maintenance"}
]'::jsonb
WHERE code = 'FACILITIES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'segmentId', fields = '[
    {"name": "segmentId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Identifier of the monitored road segment"},
    {"name": "roadName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Road name"},
    {"name": "routeNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Federal or state route number"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "averageDailyTraffic", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Average daily traffic, vehicles per day"},
    {"name": "peakHourSpeedKmh", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Average speed in the peak hour, km/h"},
    {"name": "congestionLevel", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FREE_FLOW, MODERATE, HEAVY or STANDSTILL"},
    {"name": "measuredAt", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date-time", "description": "When the figures were measured"}
]'::jsonb
WHERE code = 'TRAFFIC_MANAGEMENT' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'routeId', fields = '[
    {"name": "routeId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "APAD route identifier"},
    {"name": "routeName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Route name"},
    {"name": "mode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "BUS, LRT, MRT, MONORAIL, KTM_KOMUTER or ERL"},
    {"name": "operatorName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Licensed operator"},
    {"name": "operatorLicenceNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "APAD operator licence number (Act 715)"},
    {"name": "stops", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Stop or station codes in order"},
    {"name": "firstDeparture", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "time", "description": "Time of the first departure"},
    {"name": "lastDeparture", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "time", "description": "Time of the last departure"},
    {"name": "peakHeadwayMinutes", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Minutes between services at peak"},
    {"name": "routeStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "OPERATING, SUSPENDED or DISCONTINUED"}
]'::jsonb
WHERE code = 'PUBLIC_TRANSPORT' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'portCode', fields = '[
    {"name": "portCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "UN/LOCODE, e.g. MYPKG"},
    {"name": "portName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Port name"},
    {"name": "portAuthority", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Port authority or operator"},
    {"name": "portType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FEDERAL, STATE or PRIVATE"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "berths", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of berths"},
    {"name": "annualCargoTonnes", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Cargo handled in the last full year, tonnes"},
    {"name": "annualContainerTeu", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Containers handled in the last full year, TEU"},
    {"name": "location", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "GeoJSON point of the port"}
]'::jsonb
WHERE code = 'PORTS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'airportCode', fields = '[
    {"name": "airportCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ICAO location indicator, e.g. WMKK"},
    {"name": "iataCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "IATA code, e.g. KUL"},
    {"name": "airportName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Airport name"},
    {"name": "operator", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Aerodrome operator"},
    {"name": "category", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "INTERNATIONAL, DOMESTIC or STOLPORT"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "longestRunwayMetres", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Length of the longest runway, metres"},
    {"name": "annualPassengers", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Passengers handled in the last full year"},
    {"name": "aerodromeCertificateExpiry", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Expiry of the CAAM aerodrome certificate"}
]'::jsonb
WHERE code = 'AIRPORTS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'resourceId', fields = '[
    {"name": "resourceId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Identifier of the resource area"},
    {"name": "resourceType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PERMANENT_FOREST_RESERVE, WATER_CATCHMENT, PROTECTED_AREA, MINERAL_DEPOSIT or WETLAND"},
    {"name": "name", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the area"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "areaHectares", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Area in hectares"},
    {"name": "gazetteReference", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Gazette notification reference"},
    {"name": "gazettedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date gazetted"},
    {"name": "managingAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency managing the area, e.g. state forestry department"},
    {"name": "boundary", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "GeoJSON polygon of the boundary"},
    {"name": "activeLicences", "type": "array", "classification": "TERHAD", "consentRequired": false, "description": "Logging, mining or water abstraction licences in force within the area"}
]'::jsonb
WHERE code = 'NATURAL_RESOURCES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- KESELAMATAN: Security. Police reports, summonses, citizenship applications and incidents are keyed by their
-- own numbers, AADK's register of drug dependants by MyKad. Rahsia and Rahsia Besar products are listed so
-- agencies know they exist; their data never passes the broker.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'societyNumber', fields = '[
    {"name": "societyNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ROS registration number, e.g. PPM-001-14-01012020"},
    {"name": "societyName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Registered name"},
    {"name": "societyCategory", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "e.g. RELIGIOUS, SOCIAL_WELFARE, SPORTS, CULTURE, EDUCATION, PROFESSIONAL, MUTUAL_BENEFIT"},
    {"name": "registeredAddress", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Registered address of the society"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State of registration"},
    {"name": "registrationDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of registration"},
    {"name": "societyStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "REGISTERED, CANCELLED or DISSOLVED"},
    {"name": "lastAnnualReturnYear", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Latest year for which an annual return was filed"}
]'::jsonb
WHERE code = 'SOCIETIES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'reportNumber', fields = '[
    {"name": "reportNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Police report number"},
    {"name": "reportDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the report was lodged"},
    {"name": "policeStation", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Police station where it was lodged"},
    {"name": "offenceCategory", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Index crime category, e.g. VIOLENT or PROPERTY"},
    {"name": "offenceSection", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "Section of the Penal Code or other Act under investigation"},
    {"name": "incidentLocation", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "Where the incident happened"},
    {"name": "investigationPaperNumber", "type": "string", "classification": "RAHSIA", "consentRequired": false, "description": "Investigation paper number"},
    {"name": "investigationStatus", "type": "string", "classification": "RAHSIA", "consentRequired": false, "description": "UNDER_INVESTIGATION, NO_FURTHER_ACTION, CHARGED or CLOSED"},
    {"name": "suspectMykadNumbers", "type": "array", "classification": "RAHSIA", "consentRequired": false, "description": "MyKad numbers of the suspects"},
    {"name": "victimMykadNumbers", "type": "array", "classification": "RAHSIA", "consentRequired": false, "description": "MyKad numbers of the victims"}
]'::jsonb
WHERE code = 'CRIME' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The person''s MyKad (or MyKid) number"},
    {"name": "registeredDependant", "type": "boolean", "classification": "SULIT", "consentRequired": true, "description": "Whether the person is registered as a drug dependant"},
    {"name": "treatmentOrder", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "REHABILITATION_CENTRE (s.6(1)(a)) or SUPERVISION (s.6(1)(b)) under Act 283"},
    {"name": "rehabilitationCentre", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "AADK centre (PUSPEN) or district office handling the order"},
    {"name": "orderStartDate", "type": "string", "classification": "SULIT", "consentRequired": true, "format": "date", "description": "Start of the current order"},
    {"name": "orderEndDate", "type": "string", "classification": "SULIT", "consentRequired": true, "format": "date", "description": "End of the current order"},
    {"name": "substances", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Substances recorded, e.g. METHAMPHETAMINE, HEROIN"},
    {"name": "recoveryStatus", "type": "string", "classification": "SULIT", "consentRequired": true, "description": "UNDER_TREATMENT, UNDER_SUPERVISION, COMPLETED or RELAPSED"}
]'::jsonb
WHERE code = 'DRUG_ABUSE' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'summonsNumber', fields = '[
    {"name": "summonsNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Summons number"},
    {"name": "issuingAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PDRM, JPJ or the local authority that issued it"},
    {"name": "vehicleRegistrationNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Registration number of the vehicle (see VEHICLE)"},
    {"name": "offenderMykadNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "MyKad number of the driver or registered owner summoned"},
    {"name": "offenceSection", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Provision offended, e.g. Road Transport Act 1987 s.79(2)"},
    {"name": "offenceAt", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date-time", "description": "When the offence was detected"},
    {"name": "offenceLocation", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Where the offence was detected"},
    {"name": "fineAmount", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "Compound or fine outstanding. Money: currency MYR, value in sen (integer)"},
    {"name": "paymentStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "UNPAID, PAID, COMPOUNDED or IN_COURT"},
    {"name": "blacklisted", "type": "boolean", "classification": "TERHAD", "consentRequired": false, "description": "Whether the vehicle or driver is blacklisted for this summons"}
]'::jsonb
WHERE code = 'TRAFFIC_OFFENCES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'applicationNumber', fields = '[
    {"name": "applicationNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "JPN citizenship application number"},
    {"name": "applicantDocumentNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "MyPR, MyKAS, birth certificate or passport number of the applicant"},
    {"name": "constitutionalProvision", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Article applied under, e.g. ARTICLE_15_1, ARTICLE_15_2, ARTICLE_16, ARTICLE_19"},
    {"name": "applicationDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the application was received"},
    {"name": "applicationStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "RECEIVED, UNDER_REVIEW, APPROVED, REJECTED or WITHDRAWN"},
    {"name": "decisionDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the decision"},
    {"name": "oathDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the oath of allegiance was taken, when approved"},
    {"name": "citizenshipCertificateNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "Certificate of registration or naturalisation number"},
    {"name": "issuedMykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "MyKad number issued after approval"}
]'::jsonb
WHERE code = 'CITIZENSHIP' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'incidentId', fields = '[
    {"name": "incidentId", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Identifier of the incident"},
    {"name": "incidentType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FLOOD, LANDSLIDE, HAZE, INDUSTRIAL_ACCIDENT, PUBLIC_ORDER or BORDER_SECURITY"},
    {"name": "district", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "District affected"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State affected"},
    {"name": "startedAt", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date-time", "description": "When the incident began"},
    {"name": "endedAt", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date-time", "description": "When the incident was declared over"},
    {"name": "managementLevel", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Disaster management level I, II or III (MKN Directive No. 20)"},
    {"name": "affectedPersons", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "Number of people affected"},
    {"name": "evacuationCentresOpen", "type": "integer", "classification": "TERHAD", "consentRequired": false, "description": "Number of evacuation centres (PPS) open"},
    {"name": "deployedAssets", "type": "array", "classification": "RAHSIA", "consentRequired": false, "description": "Security and defence assets deployed"},
    {"name": "threatAssessment", "type": "string", "classification": "RAHSIA_BESAR", "consentRequired": false, "description": "National security threat assessment"}
]'::jsonb
WHERE code = 'SECURITY' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- PENTADBIRAN_AWAM: Public administration. Civil servants are keyed by MyKad; Syariah cases, contracts, assets,
-- constituencies, bills, seats and budget lines by their own codes.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'mykadNumber', fields = '[
    {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "The officer''s MyKad number"},
    {"name": "employingAgency", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Code of the agency the officer serves in"},
    {"name": "positionTitle", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Position held"},
    {"name": "schemeOfService", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Scheme of service, e.g. F (information technology), M (administration)"},
    {"name": "serviceGrade", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Grade, e.g. F41, M48"},
    {"name": "serviceStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "PROBATION, PERMANENT, CONTRACT, RETIRED or RESIGNED"},
    {"name": "appointmentDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of first appointment"},
    {"name": "retirementDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Compulsory retirement date, or actual date once retired"},
    {"name": "officialEmail", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Official government e-mail address"},
    {"name": "disciplinaryRecords", "type": "array", "classification": "SULIT", "consentRequired": true, "description": "Disciplinary proceedings and punishments recorded"}
]'::jsonb
WHERE code = 'CIVIL_SERVANTS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'assetId', fields = '[
    {"name": "assetId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Asset registration number (KEW.PA or KEW.PS register)"},
    {"name": "assetCategory", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MOVABLE, IMMOVABLE or LIVE"},
    {"name": "description", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Description of the asset"},
    {"name": "owningAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Code of the agency that owns it"},
    {"name": "acquisitionDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date acquired"},
    {"name": "acquisitionCost", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "Cost of acquisition. Money: currency MYR, value in sen (integer)"},
    {"name": "currentLocation", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Where the asset is kept or installed"},
    {"name": "assetCondition", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SERVICEABLE, UNSERVICEABLE or DISPOSED"},
    {"name": "disposalDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of disposal, when disposed"}
]'::jsonb
WHERE code = 'GOVERNMENT_ASSETS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'contractNumber', fields = '[
    {"name": "contractNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Contract number"},
    {"name": "tenderReference", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Tender or quotation reference in ePerolehan"},
    {"name": "procuringAgency", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Code of the procuring agency"},
    {"name": "title", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Title of the procurement"},
    {"name": "procurementMethod", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "OPEN_TENDER, RESTRICTED_TENDER, QUOTATION, DIRECT_PURCHASE or DIRECT_NEGOTIATION"},
    {"name": "supplierRegistrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SSM registration number of the supplier"},
    {"name": "supplierMofCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Supplier''s Ministry of Finance registration code"},
    {"name": "contractValue", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Awarded contract value. Money: currency MYR, value in sen (integer)"},
    {"name": "awardDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of award"},
    {"name": "contractEndDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date the contract ends"},
    {"name": "paidToDate", "type": "object", "classification": "TERHAD", "consentRequired": false, "description": "Total paid to the supplier so far. Money: currency MYR, value in sen (integer)"},
    {"name": "contractStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "ACTIVE, COMPLETED or TERMINATED"}
]'::jsonb
WHERE code = 'GOVERNMENT_PROCUREMENT' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'agencyCode', fields = '[
    {"name": "agencyCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Agency code, e.g. JPN"},
    {"name": "agencyNameMs", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Official name in Bahasa Melayu"},
    {"name": "agencyNameEn", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Official name in English"},
    {"name": "agencyType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "MINISTRY, FEDERAL_DEPARTMENT, FEDERAL_STATUTORY_BODY, STATE_AGENCY, STATE_STATUTORY_BODY or LOCAL_AUTHORITY"},
    {"name": "parentAgencyCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Code of the ministry or parent agency"},
    {"name": "sector", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "SOSIAL_1, SOSIAL_2, EKONOMI, INFRASTRUKTUR, KESELAMATAN or PENTADBIRAN_AWAM"},
    {"name": "headquartersAddress", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Headquarters address"},
    {"name": "website", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "uri", "description": "Official website"},
    {"name": "officialEmailDomain", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Domain of the agency''s official e-mail, e.g. jpn.gov.my"}
]'::jsonb
WHERE code = 'PUBLIC_SECTOR_AGENCIES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'caseNumber', fields = '[
    {"name": "caseNumber", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Syariah court case number"},
    {"name": "caseType", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "DIVORCE, HADHANAH (custody), NAFKAH (maintenance), HARTA_SEPENCARIAN, POLYGAMY or MARRIAGE_CONFIRMATION"},
    {"name": "court", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "Syariah court hearing the case"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "plaintiffMykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "MyKad number of the plaintiff or applicant"},
    {"name": "defendantMykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "MyKad number of the defendant or respondent"},
    {"name": "filingDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date the case was filed"},
    {"name": "caseStatus", "type": "string", "classification": "TERHAD", "consentRequired": false, "description": "PENDING, DECIDED, WITHDRAWN or APPEALED"},
    {"name": "orderDate", "type": "string", "classification": "TERHAD", "consentRequired": false, "format": "date", "description": "Date of the order or judgment"},
    {"name": "orderSummary", "type": "string", "classification": "SULIT", "consentRequired": false, "description": "Terms of the order, e.g. custody or maintenance granted"}
]'::jsonb
WHERE code = 'ISLAMIC_FAMILY' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'constituencyCode', fields = '[
    {"name": "constituencyCode", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Constituency code, e.g. P.001 (Parliament) or N.01 with the state"},
    {"name": "constituencyName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Constituency name"},
    {"name": "constituencyType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "PARLIAMENTARY or STATE"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "registeredVoters", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Electors on the current electoral roll"},
    {"name": "pollingDistricts", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Number of polling districts"},
    {"name": "lastElection", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Last election held, e.g. GE15 or a by-election"},
    {"name": "lastElectionDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Polling day of the last election"},
    {"name": "electedRepresentative", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the elected representative"},
    {"name": "electedParty", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Party or coalition of the elected representative"},
    {"name": "turnoutPercent", "type": "number", "classification": "OPEN", "consentRequired": false, "description": "Turnout at the last election, in percent"}
]'::jsonb
WHERE code = 'ELECTIONS' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'billNumber', fields = '[
    {"name": "billNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Bill number, e.g. D.R. 12/2025"},
    {"name": "title", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Title of the bill"},
    {"name": "originatingHouse", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "DEWAN_RAKYAT or DEWAN_NEGARA"},
    {"name": "presentingMinistry", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Code of the ministry that presented the bill"},
    {"name": "firstReadingDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of first reading"},
    {"name": "passedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date passed by both Houses"},
    {"name": "royalAssentDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date of Royal Assent"},
    {"name": "actNumber", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Act number once enacted, e.g. Act 855"},
    {"name": "billStatus", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "FIRST_READING, SECOND_READING, COMMITTEE, PASSED, ASSENTED, WITHDRAWN or LAPSED"},
    {"name": "hansardReferences", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Hansard sittings that debated the bill"}
]'::jsonb
WHERE code = 'PARLIAMENT' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'seatId', fields = '[
    {"name": "seatId", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State code and seat number, e.g. SGR-N.01"},
    {"name": "state", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State"},
    {"name": "seatName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "State constituency name"},
    {"name": "assemblyTerm", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Term of the assembly, e.g. 15"},
    {"name": "memberName", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Name of the assemblyman (ADUN)"},
    {"name": "party", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Party or coalition"},
    {"name": "electedDate", "type": "string", "classification": "OPEN", "consentRequired": false, "format": "date", "description": "Date elected"},
    {"name": "offices", "type": "array", "classification": "OPEN", "consentRequired": false, "description": "Offices held, e.g. SPEAKER, EXCO_MEMBER, MENTERI_BESAR"}
]'::jsonb
WHERE code = 'STATE_ASSEMBLIES' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

UPDATE data_product SET version = '1.1.0', updated_at = now(), record_key = 'budgetLine', fields = '[
    {"name": "budgetLine", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Budget line: ministry code, programme and activity, e.g. B.10-010100"},
    {"name": "budgetYear", "type": "integer", "classification": "OPEN", "consentRequired": false, "description": "Financial year"},
    {"name": "ministry", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Ministry code"},
    {"name": "programme", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Programme name"},
    {"name": "activity", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "Activity name"},
    {"name": "expenditureType", "type": "string", "classification": "OPEN", "consentRequired": false, "description": "OPERATING or DEVELOPMENT"},
    {"name": "allocation", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Allocation approved in the Supply Act. Money: currency MYR, value in sen (integer)"},
    {"name": "revisedAllocation", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Allocation after transfers and supplementary supply. Money: currency MYR, value in sen (integer)"},
    {"name": "actualExpenditure", "type": "object", "classification": "OPEN", "consentRequired": false, "description": "Expenditure to date. Money: currency MYR, value in sen (integer)"}
]'::jsonb
WHERE code = 'NATIONAL_BUDGET' AND fields @> '[{"name": "details"}, {"name": "lastUpdated"}]';

-- ====================================================================================================
-- VEHICLE (sample registry): a consent is matched by record key, and vehicles are keyed by plate, so no
-- consent could ever release ownerMykadNumber. It stays Sulit: only an approved agreement releases it.
-- ====================================================================================================
UPDATE data_product SET version = '1.1.0', updated_at = now(),
    fields = jsonb_set(fields, '{1,consentRequired}', 'false'::jsonb)
WHERE code = 'VEHICLE' AND fields -> 1 ->> 'name' = 'ownerMykadNumber';
