-- An exchange's audit entry and completed event, written durably before its provider is called (so the
-- disk flush overlaps the provider's answer). Once the answer is in, the row moves into audit_entry and
-- outbox_event in one statement that does not wait for the flush. A row still here after a crash is an
-- exchange whose answer may have gone out unrecorded: it is moved with the outcome UNCONFIRMED.
CREATE TABLE exchange_intent (
    id                UUID PRIMARY KEY,
    begun_at          TIMESTAMPTZ   NOT NULL,
    actor             VARCHAR(100)  NOT NULL,
    consumer_agency   VARCHAR(20)   NOT NULL,
    provider_agency   VARCHAR(20)   NOT NULL,
    product_code      VARCHAR(60)   NOT NULL,
    agreement_id      UUID,
    consent_id        UUID,
    purpose_code      VARCHAR(40)   NOT NULL,
    record_key_hash   CHAR(64)      NOT NULL,
    fields            VARCHAR(1000) NOT NULL,
    request_hash      CHAR(64)      NOT NULL,
    event_id          UUID          NOT NULL,
    event_type        VARCHAR(200)  NOT NULL,
    event_payload     TEXT          NOT NULL,
    event_traceparent VARCHAR(100)
);
CREATE INDEX exchange_intent_begun ON exchange_intent (begun_at);
