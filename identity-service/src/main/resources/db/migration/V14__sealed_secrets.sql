-- TOTP secrets are stored sealed (AES-256-GCM, "v1:" + Base64), longer than the Base32 secret.
-- Rows written before are sealed at the next start (mfa.TotpSecrets and keys.SigningKeys in identity-service).
ALTER TABLE totp_credential ALTER COLUMN secret TYPE VARCHAR(200);
COMMENT ON COLUMN totp_credential.secret IS 'sealed with the key of mygov.identity.secrets-key-file, bound to account_id';
COMMENT ON COLUMN signing_key.private_jwk IS 'sealed with the key of mygov.identity.secrets-key-file, bound to kid';
