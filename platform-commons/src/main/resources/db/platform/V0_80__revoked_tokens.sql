-- Access tokens identity-service revoked (my.gov.token.revoked) and sign-in sessions it ended
-- (my.gov.session.ended): every service refuses those tokens at once, though unexpired. Rows are
-- deleted once the last token they concern has expired.
CREATE TABLE revoked_jti (
    jti        VARCHAR(200) PRIMARY KEY,
    expires_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE ended_session (
    session_id       VARCHAR(200) PRIMARY KEY,
    ended_at         TIMESTAMPTZ  NOT NULL,
    tokens_expire_by TIMESTAMPTZ  NOT NULL
);
