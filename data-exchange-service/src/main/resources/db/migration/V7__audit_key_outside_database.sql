-- The private half of the checkpoint signing key now lives in a file outside the database
-- (mygov.exchange.audit.signing-key-file): whoever can write the audit tables must not also be able to
-- sign a rewritten log. The public halves stay, by key id, so checkpoints signed before still verify.
ALTER TABLE audit_signing_key DROP COLUMN private_key;
