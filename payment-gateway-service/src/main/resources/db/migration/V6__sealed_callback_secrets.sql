-- Callback secrets are stored sealed (AES-256-GCM, "v1:" + Base64), longer than the secret itself.
-- Rows written before are sealed at the next start (merchants.CallbackSecrets).
ALTER TABLE merchant ALTER COLUMN callback_secret TYPE VARCHAR(200);
COMMENT ON COLUMN merchant.callback_secret IS 'sealed with the key of mygov.payment.secrets-key-file, bound to id';
