CREATE TABLE merchant (
    id              UUID PRIMARY KEY,
    agency          VARCHAR(20)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    trustmark_id    UUID         NOT NULL REFERENCES trustmark (id),
    return_urls     TEXT[]       NOT NULL,
    callback_url    VARCHAR(1000) NOT NULL,
    callback_secret VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX merchant_agency ON merchant (agency, id);

CREATE TABLE payment (
    id                 UUID PRIMARY KEY,
    agency             VARCHAR(20)   NOT NULL,
    merchant_id        UUID          NOT NULL REFERENCES merchant (id),
    amount_sen         BIGINT        NOT NULL CHECK (amount_sen > 0),
    currency           CHAR(3)       NOT NULL CHECK (currency = 'MYR'),
    refunded_sen       BIGINT        NOT NULL DEFAULT 0 CHECK (refunded_sen >= 0 AND refunded_sen <= amount_sen),
    bill_reference     VARCHAR(100)  NOT NULL,
    description        VARCHAR(500)  NOT NULL,
    payer_subject      VARCHAR(200),
    payer_name         VARCHAR(200),
    payer_email        VARCHAR(200),
    allowed_methods    TEXT[]        NOT NULL,
    return_url         VARCHAR(1000) NOT NULL,
    service_id         VARCHAR(100),
    expires_at         TIMESTAMPTZ   NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    method             VARCHAR(20),
    bank_code          VARCHAR(20),
    acquirer_reference VARCHAR(100) UNIQUE,
    receipt_number     VARCHAR(40) UNIQUE,
    failure_reason     VARCHAR(200),
    created_at         TIMESTAMPTZ   NOT NULL,
    completed_at       TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX payment_agency ON payment (agency, id);
CREATE INDEX payment_payer ON payment (payer_subject, id) WHERE payer_subject IS NOT NULL;
CREATE INDEX payment_open_expiry ON payment (expires_at) WHERE status IN ('CREATED', 'PENDING');

-- Idempotency: the unique key is the lock. The first request inserts the row and owns the key;
-- concurrent duplicates wait on the index entry and then replay what it stored.
CREATE TABLE idempotency_key (
    agency          VARCHAR(20)  NOT NULL,
    operation       VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INT,
    response_body   TEXT,
    location        VARCHAR(1000),
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (agency, operation, idempotency_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

CREATE TABLE refund (
    id          UUID PRIMARY KEY,
    payment_id  UUID         NOT NULL REFERENCES payment (id),
    agency      VARCHAR(20)  NOT NULL,
    amount_sen  BIGINT       NOT NULL CHECK (amount_sen > 0),
    reason      VARCHAR(500),
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX refund_payment ON refund (payment_id, id);

-- Ledger: amounts are signed sen, debit positive and credit negative; every journal sums to zero.
CREATE TABLE ledger_account (
    id       UUID PRIMARY KEY,
    agency   VARCHAR(20) NOT NULL,
    code     VARCHAR(40) NOT NULL,
    UNIQUE (agency, code)
);

CREATE TABLE ledger_journal (
    id          UUID PRIMARY KEY,
    agency      VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    payment_id  UUID         REFERENCES payment (id),
    refund_id   UUID         REFERENCES refund (id),
    description VARCHAR(300) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
-- A payment is charged at most once, whatever the acquirer sends.
CREATE UNIQUE INDEX ledger_journal_one_charge ON ledger_journal (payment_id) WHERE kind = 'CHARGE';
CREATE UNIQUE INDEX ledger_journal_one_refund ON ledger_journal (refund_id) WHERE refund_id IS NOT NULL;

CREATE TABLE ledger_posting (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journal_id  UUID   NOT NULL REFERENCES ledger_journal (id),
    account_id  UUID   NOT NULL REFERENCES ledger_account (id),
    amount_sen  BIGINT NOT NULL CHECK (amount_sen <> 0)
);
CREATE INDEX ledger_posting_journal ON ledger_posting (journal_id);
CREATE INDEX ledger_posting_account ON ledger_posting (account_id);

CREATE FUNCTION ledger_journal_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_sen), 0) INTO total FROM ledger_posting WHERE journal_id = NEW.journal_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'ledger journal % does not balance (sum %)', NEW.journal_id, total USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END $$;
-- Checked at commit, once all postings of the journal are in.
CREATE CONSTRAINT TRIGGER ledger_posting_balanced AFTER INSERT ON ledger_posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_journal_must_balance();

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger postings are append-only' USING ERRCODE = '23514';
END $$;
CREATE TRIGGER ledger_posting_append_only BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Official receipt numbers: one counter row per agency and year, locked by the paying transaction.
CREATE TABLE receipt_counter (
    agency      VARCHAR(20) NOT NULL,
    year        INT         NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (agency, year)
);
