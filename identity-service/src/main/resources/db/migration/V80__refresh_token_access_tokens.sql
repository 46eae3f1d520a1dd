-- The access token issued with each refresh token, so revoking a refresh token's family (RFC 7009)
-- revokes the family's unexpired access tokens too; and the refresh tokens of a session, which end with it.
ALTER TABLE refresh_token ADD COLUMN access_token_jti VARCHAR(100);
ALTER TABLE refresh_token ADD COLUMN access_token_expires_at TIMESTAMPTZ;
CREATE INDEX refresh_token_session ON refresh_token (session_id);
