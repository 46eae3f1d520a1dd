CREATE TABLE catalogue_service (
    id              UUID PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL UNIQUE,
    agency          VARCHAR(20)   NOT NULL,
    name_ms         VARCHAR(300)  NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    description_ms  VARCHAR(2000) NOT NULL,
    description_en  VARCHAR(2000) NOT NULL,
    sector          VARCHAR(40)   NOT NULL REFERENCES sector (code),
    cluster         VARCHAR(60)   NOT NULL REFERENCES service_cluster (code),
    domain          VARCHAR(60)   NOT NULL REFERENCES service_domain (code),
    target_group    VARCHAR(10)   NOT NULL REFERENCES target_group (code),
    life_event      VARCHAR(60)   NOT NULL REFERENCES life_event (code),
    personas        TEXT[]        NOT NULL,
    processes       TEXT[]        NOT NULL,
    channels        TEXT[]        NOT NULL,
    fee_currency    VARCHAR(3)    NOT NULL,
    fee_value       BIGINT        NOT NULL,
    uses_sso        BOOLEAN       NOT NULL,
    uses_epayment   BOOLEAN       NOT NULL,
    uses_mygdx      BOOLEAN       NOT NULL,
    steps           JSONB         NOT NULL,
    e2e_status      VARCHAR(20)   NOT NULL,
    e2e_reason      VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX catalogue_service_agency ON catalogue_service (agency);

CREATE TABLE kpi_snapshot (
    quarter     VARCHAR(7)  NOT NULL,
    dimension   VARCHAR(20) NOT NULL,
    key         VARCHAR(60) NOT NULL,
    total       INT         NOT NULL,
    e2e         INT         NOT NULL,
    taken_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (quarter, dimension, key)
);

CREATE TABLE kpi_target (
    id                UUID PRIMARY KEY,
    dimension         VARCHAR(20) NOT NULL,
    key               VARCHAR(60) NOT NULL,
    baseline_quarter  VARCHAR(7)  NOT NULL,
    target_quarter    VARCHAR(7)  NOT NULL,
    rise_percent      INT         NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (dimension, key, target_quarter)
);

CREATE TABLE service_adoption (
    service_id        UUID PRIMARY KEY REFERENCES catalogue_service (id),
    payments          BIGINT NOT NULL DEFAULT 0,
    payments_value    BIGINT NOT NULL DEFAULT 0,
    sign_ins          BIGINT NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE service_rating (
    id          UUID PRIMARY KEY,
    service_id  UUID NOT NULL REFERENCES catalogue_service (id),
    citizen     VARCHAR(200) NOT NULL,
    stars       INT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment     VARCHAR(1000),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (service_id, citizen)
);

CREATE TABLE api_source (
    name        VARCHAR(60) PRIMARY KEY,
    url         VARCHAR(500) NOT NULL,
    agency      VARCHAR(20),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE api_version (
    id            UUID PRIMARY KEY,
    source        VARCHAR(60) NOT NULL REFERENCES api_source (name),
    sha256        VARCHAR(64) NOT NULL,
    title         VARCHAR(300),
    api_version   VARCHAR(60),
    document      TEXT NOT NULL,
    fetched_at    TIMESTAMPTZ NOT NULL,
    changes       JSONB NOT NULL,
    breaking      BOOLEAN NOT NULL,
    UNIQUE (source, sha256)
);
CREATE INDEX api_version_source ON api_version (source, fetched_at);
