-- Products and agreements are held in memory on every replica (products.ProductCatalog,
-- agreements.AgreementService): these data sets tell every replica when to drop its copies (commons changes.DataVersions).
SELECT data_version_watch('data_product', 'products');

-- An agreement's volume counters move with every exchange and are always read from the row, never from memory:
-- only other changes bump the version, so exchanges neither drop the copies nor queue behind the one version row.
-- A new agreement needs no bump either: unknown ids are not remembered.
CREATE TRIGGER agreement_bumps_agreements AFTER UPDATE ON agreement FOR EACH ROW
    WHEN ((to_jsonb(OLD) - ARRAY['volume_used', 'volume_reserved'])
          IS DISTINCT FROM (to_jsonb(NEW) - ARRAY['volume_used', 'volume_reserved']))
    EXECUTE FUNCTION data_version_bump('agreements');
CREATE TRIGGER agreement_removals_bump_agreements AFTER DELETE OR TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('agreements');
