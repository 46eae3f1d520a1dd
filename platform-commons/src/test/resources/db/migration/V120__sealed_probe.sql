-- A sealed column for SealedColumnTest: the commons test application owns no table of its own.
CREATE TABLE sealed_probe (id text PRIMARY KEY, secret text NOT NULL);
