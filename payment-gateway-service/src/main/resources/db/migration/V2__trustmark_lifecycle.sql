ALTER TABLE trustmark ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE trustmark ADD COLUMN expiry_notice_30_sent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE trustmark ADD COLUMN expiry_notice_7_sent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE trustmark ADD COLUMN updated_at TIMESTAMPTZ;
CREATE INDEX trustmark_status_until ON trustmark (status, valid_until);

CREATE TABLE trustmark_milestone (
    id           UUID PRIMARY KEY,
    trustmark_id UUID         NOT NULL REFERENCES trustmark (id),
    kind         VARCHAR(40)  NOT NULL,
    completed_on DATE         NOT NULL,
    reference    VARCHAR(200),
    note         VARCHAR(1000),
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trustmark_milestone_trustmark ON trustmark_milestone (trustmark_id, completed_on);
