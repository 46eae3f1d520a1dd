-- The sealing key's setting is now mygov.sealing.secrets-key-file (read outside IdentityConfig).
COMMENT ON COLUMN totp_credential.secret IS 'sealed with the key of mygov.sealing.secrets-key-file, bound to account_id';
COMMENT ON COLUMN signing_key.private_jwk IS 'sealed with the key of mygov.sealing.secrets-key-file, bound to kid';
