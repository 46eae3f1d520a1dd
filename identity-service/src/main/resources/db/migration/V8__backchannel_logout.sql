-- OIDC Back-Channel Logout 1.0: where to send logout tokens when a person's session ends.
ALTER TABLE oauth_client ADD COLUMN backchannel_logout_uri TEXT;
