-- Revoked access tokens are held in memory on every replica (oauth.TokenRevocations): this data set tells
-- every replica when another has revoked one, so introspection agrees on all of them (commons changes.DataVersions).
SELECT data_version_watch('revoked_access_token', 'revoked-tokens');
