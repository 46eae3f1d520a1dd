-- Clients and account statuses are held in memory on every replica (clients.ClientDirectory,
-- accounts.AccountStatuses): these data sets tell every replica when to drop its copies (commons changes.DataVersions).
SELECT data_version_watch('oauth_client', 'clients');

-- Only a status that really changes, or accounts removed: other updates of an account leave the copies right
-- and must not queue behind the one version row.
CREATE TRIGGER account_status_bumps_account_statuses AFTER UPDATE OF status ON account
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION data_version_bump('account-statuses');
CREATE TRIGGER account_bumps_account_statuses AFTER DELETE OR TRUNCATE ON account
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('account-statuses');
