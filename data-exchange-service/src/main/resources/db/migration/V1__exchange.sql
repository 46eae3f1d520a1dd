CREATE TABLE member (
    agency_code VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    client_id   VARCHAR(100),
    provider    BOOLEAN      NOT NULL,
    consumer    BOOLEAN      NOT NULL
);

CREATE TABLE data_product (
    id                UUID PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL UNIQUE,
    kind              VARCHAR(20)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    name_ms           VARCHAR(200)  NOT NULL,
    sector            VARCHAR(30)   NOT NULL,
    owner_agency      VARCHAR(20)   NOT NULL,
    legal_basis       VARCHAR(300)  NOT NULL,
    version           VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    record_key        VARCHAR(60)   NOT NULL,
    fields            JSONB         NOT NULL,
    provider_endpoint VARCHAR(500)  NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    row_version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX data_product_owner ON data_product (owner_agency);

CREATE TABLE agreement (
    id                  UUID PRIMARY KEY,
    product_id          UUID          NOT NULL REFERENCES data_product (id),
    consumer_agency     VARCHAR(20)   NOT NULL,
    provider_agency     VARCHAR(20)   NOT NULL,
    fields              TEXT[]        NOT NULL,
    max_classification  VARCHAR(20)   NOT NULL,
    purpose_code        VARCHAR(40)   NOT NULL,
    purpose_text        VARCHAR(500)  NOT NULL,
    legal_basis         VARCHAR(300)  NOT NULL,
    valid_from          DATE          NOT NULL,
    valid_until         DATE          NOT NULL,
    volume_limit        BIGINT        NOT NULL,
    volume_used         BIGINT        NOT NULL DEFAULT 0,
    status              VARCHAR(20)   NOT NULL,
    decision_reason     VARCHAR(500),
    created_at          TIMESTAMPTZ   NOT NULL,
    decided_at          TIMESTAMPTZ,
    row_version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT agreement_volume CHECK (volume_used <= volume_limit)
);
CREATE INDEX agreement_consumer ON agreement (consumer_agency);
CREATE INDEX agreement_provider ON agreement (provider_agency);

CREATE TABLE consent (
    id               UUID PRIMARY KEY,
    citizen_subject  VARCHAR(100) NOT NULL,
    record_key_hash  CHAR(64)     NOT NULL,
    consumer_agency  VARCHAR(20)  NOT NULL,
    product_id       UUID         NOT NULL REFERENCES data_product (id),
    purpose_code     VARCHAR(40)  NOT NULL,
    fields           TEXT[]       NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    granted_at       TIMESTAMPTZ  NOT NULL,
    revoked_at       TIMESTAMPTZ,
    row_version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX consent_citizen ON consent (citizen_subject);
CREATE INDEX consent_lookup ON consent (record_key_hash, consumer_agency, product_id);

-- Append-only Merkle log. Writers insert entries without an index (no lock, so concurrent commits
-- group); the sequencer then gives committed entries dense leaf indexes from 0 in batches and sets
-- leaf_hash = SHA-256(0x00 || canonical entry).
CREATE TABLE audit_entry (
    id               UUID PRIMARY KEY,
    leaf_index       BIGINT UNIQUE,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    consumer_agency  VARCHAR(20),
    provider_agency  VARCHAR(20),
    product_code     VARCHAR(60),
    agreement_id     UUID,
    consent_id       UUID,
    purpose_code     VARCHAR(40),
    record_key_hash  CHAR(64),
    fields           VARCHAR(1000),
    outcome          VARCHAR(60)  NOT NULL,
    request_hash     CHAR(64),
    response_hash    CHAR(64),
    leaf_hash        CHAR(64),
    CONSTRAINT audit_entry_sequenced CHECK ((leaf_index IS NULL) = (leaf_hash IS NULL))
);
CREATE INDEX audit_entry_pending ON audit_entry (recorded_at, id) WHERE leaf_index IS NULL;
CREATE INDEX audit_entry_record_key ON audit_entry (record_key_hash);

CREATE TABLE audit_tree_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    tree_size  BIGINT  NOT NULL
);
INSERT INTO audit_tree_head (singleton, tree_size) VALUES (TRUE, 0);

CREATE TABLE audit_signing_key (
    key_id       VARCHAR(64) PRIMARY KEY,
    algorithm    VARCHAR(20) NOT NULL,
    public_key   TEXT        NOT NULL,
    private_key  TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_checkpoint (
    tree_size   BIGINT PRIMARY KEY,
    root_hash   CHAR(64)    NOT NULL,
    signed_at   TIMESTAMPTZ NOT NULL,
    key_id      VARCHAR(64) NOT NULL REFERENCES audit_signing_key (key_id),
    signature   TEXT        NOT NULL
);
