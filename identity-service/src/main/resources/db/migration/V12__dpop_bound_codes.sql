-- RFC 9449 §10: an authorization code bound to the client's DPoP key (dpop_jkt, or the key of the
-- proof sent with the pushed request) is redeemed only with a proof by that key.
ALTER TABLE authorization_request ADD COLUMN dpop_jkt VARCHAR(100);
ALTER TABLE authorization_code ADD COLUMN dpop_jkt VARCHAR(100);
