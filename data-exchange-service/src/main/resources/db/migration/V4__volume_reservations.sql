-- The broker reserves an agreement's volume in blocks (volume_reserved, never above the limit) and
-- counts what was actually used (volume_used) in the same transaction as each exchange's audit entry.
-- Units an instance reserved but had not used when it stopped stay reserved: a crash can waste part
-- of a block, never exceed the limit.
ALTER TABLE agreement ADD COLUMN volume_reserved BIGINT NOT NULL DEFAULT 0;
UPDATE agreement SET volume_reserved = volume_used;
ALTER TABLE agreement ADD CONSTRAINT agreement_volume_reserved
    CHECK (volume_used <= volume_reserved AND volume_reserved <= volume_limit);
