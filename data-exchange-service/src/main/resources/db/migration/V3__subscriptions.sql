CREATE TABLE subscription (
    id                 UUID PRIMARY KEY,
    subscriber_agency  VARCHAR(20)  NOT NULL,
    product_id         UUID         NOT NULL REFERENCES data_product (id),
    agreement_id       UUID         NOT NULL REFERENCES agreement (id),
    created_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX subscription_product ON subscription (product_id);
CREATE INDEX subscription_subscriber ON subscription (subscriber_agency);

-- A change the owner agency reported; the record key is kept so that subscribers entitled to it can fetch it.
CREATE TABLE registry_change (
    id              UUID PRIMARY KEY,
    product_id      UUID          NOT NULL REFERENCES data_product (id),
    record_key      VARCHAR(100)  NOT NULL,
    change_type     VARCHAR(40)   NOT NULL,
    changed_fields  TEXT[]        NOT NULL,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL
);

CREATE TABLE change_delivery (
    change_id          UUID        NOT NULL REFERENCES registry_change (id),
    subscription_id    UUID        NOT NULL REFERENCES subscription (id),
    subscriber_agency  VARCHAR(20) NOT NULL,
    delivered_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (change_id, subscription_id)
);
CREATE INDEX change_delivery_subscriber ON change_delivery (subscriber_agency, change_id);
