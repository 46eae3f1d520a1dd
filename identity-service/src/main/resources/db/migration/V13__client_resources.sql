-- Resource indicators (RFC 8707) a client may ask tokens for; an entry ending in * is a prefix.
-- Existing clients get none, so none of them can obtain a resource-bound token until an administrator allows it.
ALTER TABLE oauth_client ADD COLUMN resources TEXT[] NOT NULL DEFAULT '{}';
