CREATE TABLE trustmark (
    id                 UUID PRIMARY KEY,
    certificate_number VARCHAR(40)  NOT NULL UNIQUE,
    agency             VARCHAR(20)  NOT NULL,
    application_name   VARCHAR(200) NOT NULL,
    hosts              TEXT[]       NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_until        DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX trustmark_agency ON trustmark (agency);
