-- The sandbox acquirer's own books (what a real acquirer would hold on its side).
CREATE TABLE sandbox_acquirer_transaction (
    reference   VARCHAR(100) PRIMARY KEY,
    payment_id  UUID         NOT NULL,
    agency      VARCHAR(20)  NOT NULL,
    method      VARCHAR(20)  NOT NULL,
    bank_code   VARCHAR(20),
    amount_sen  BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    decided_at  TIMESTAMPTZ
);
CREATE INDEX sandbox_acquirer_transaction_decided ON sandbox_acquirer_transaction (decided_at);

-- Every acquirer notification accepted (signature verified), once per message id.
CREATE TABLE acquirer_notification (
    acquirer           VARCHAR(20)  NOT NULL,
    message_id         VARCHAR(100) NOT NULL,
    acquirer_reference VARCHAR(100) NOT NULL,
    outcome            VARCHAR(20)  NOT NULL,
    result             VARCHAR(20)  NOT NULL,
    received_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (acquirer, message_id)
);

CREATE TABLE callback_delivery (
    id               UUID PRIMARY KEY,
    agency           VARCHAR(20)   NOT NULL,
    merchant_id      UUID          NOT NULL REFERENCES merchant (id),
    payment_id       UUID          NOT NULL REFERENCES payment (id),
    event            VARCHAR(40)   NOT NULL,
    payload          TEXT          NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    delivered_at     TIMESTAMPTZ,
    given_up_at      TIMESTAMPTZ,
    last_status_code INT,
    last_error       VARCHAR(500)
);
CREATE INDEX callback_delivery_due ON callback_delivery (next_attempt_at) WHERE delivered_at IS NULL AND given_up_at IS NULL;
CREATE INDEX callback_delivery_merchant ON callback_delivery (merchant_id, id);

CREATE TABLE callback_attempt (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  UUID         NOT NULL REFERENCES callback_delivery (id),
    attempted_at TIMESTAMPTZ  NOT NULL,
    status_code  INT,
    error        VARCHAR(500),
    duration_ms  BIGINT       NOT NULL
);
CREATE INDEX callback_attempt_delivery ON callback_attempt (delivery_id, id);
