-- A settlement journal books one acquirer settlement day of one agency, once.
ALTER TABLE ledger_journal ADD COLUMN settlement_day DATE;
CREATE UNIQUE INDEX ledger_journal_one_settlement ON ledger_journal (agency, settlement_day) WHERE kind = 'SETTLEMENT';
