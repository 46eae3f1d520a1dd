-- One row per data set that replicas hold copies of in memory (commons changes.DataVersions). Triggers bump
-- it in the changing transaction, whoever changes the data (any replica, a migration, an operator's SQL), so
-- every replica learns of a change by reading one row.
CREATE TABLE data_version (
    data_set VARCHAR(100) PRIMARY KEY,
    version  BIGINT       NOT NULL
);

-- The trigger function; its one argument names the data set.
CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_version (data_set, version) VALUES (TG_ARGV[0], 1)
        ON CONFLICT (data_set) DO UPDATE SET version = data_version.version + 1;
    RETURN NULL;
END $$;

-- Makes every statement that changes the table bump the data set, in a service's migration:
-- SELECT data_version_watch('oauth_client', 'clients');
CREATE FUNCTION data_version_watch(watched_table TEXT, data_set TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump(%L)',
                   watched_table || '_bumps_' || data_set, watched_table, data_set);
END $$;
