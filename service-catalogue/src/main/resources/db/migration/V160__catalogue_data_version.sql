-- One row counting committed changes to the data each replica holds in memory: the services (the search
-- index) and the reference lists. Triggers bump it in the changing transaction, whoever changes the data
-- (any replica, a migration, an operator's SQL), so every replica learns of a change by reading one row.
CREATE TABLE catalogue_data_version (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version  BIGINT  NOT NULL
);
INSERT INTO catalogue_data_version (only_row, version) VALUES (TRUE, 0);

CREATE FUNCTION catalogue_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_data_version SET version = version + 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    held TEXT;
BEGIN
    FOREACH held IN ARRAY ARRAY['catalogue_service', 'sector', 'service_cluster', 'service_domain', 'target_group',
                                'life_event', 'persona', 'generic_process'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION catalogue_data_changed()', held || '_changed', held);
    END LOOP;
END $$;
