-- private_key_jwt clients may publish their keys at a URI instead of registering them (jwks_uri).
ALTER TABLE oauth_client ADD COLUMN jwks_uri TEXT;
