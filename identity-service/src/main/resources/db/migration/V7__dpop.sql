-- RFC 9449: refresh tokens issued with a DPoP proof stay bound to that key's thumbprint.
ALTER TABLE refresh_token ADD COLUMN dpop_jkt VARCHAR(100);
