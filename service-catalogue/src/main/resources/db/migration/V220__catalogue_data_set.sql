-- The catalogue's change counter becomes the platform's data set 'catalogue' (commons changes.DataVersions):
-- the same tables bump it, through the platform's trigger function. Dropping the old function drops its triggers.
DROP FUNCTION catalogue_data_changed() CASCADE;
DROP TABLE catalogue_data_version;

SELECT data_version_watch(held, 'catalogue')
FROM unnest(ARRAY['catalogue_service', 'sector', 'service_cluster', 'service_domain', 'target_group',
                  'life_event', 'persona', 'generic_process']) AS held;
