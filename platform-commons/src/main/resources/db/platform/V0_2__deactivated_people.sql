-- People whose accounts identity-service deactivated (my.gov.user.deactivated): their access tokens,
-- though still unexpired, are refused by every service at once.
CREATE TABLE deactivated_person (
    account_id     UUID         PRIMARY KEY,
    deactivated_at TIMESTAMPTZ  NOT NULL
);
