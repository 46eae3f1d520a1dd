-- A trustmark takes payments only once its certification milestones are recorded and its validity
-- has begun (TrustmarkLifecycle.standing). Trustmarks issued ACTIVE before that rule are put where it
-- puts them; no event is sent for this correction.
UPDATE trustmark t
   SET status = 'AWAITING_MILESTONES', updated_at = now()
 WHERE status = 'ACTIVE'
   AND (SELECT count(DISTINCT m.kind) FROM trustmark_milestone m
         WHERE m.trustmark_id = t.id
           AND m.kind IN ('SELF_ASSESSMENT', 'PENETRATION_TEST', 'CERTIFICATION_LETTER')) < 3;

UPDATE trustmark
   SET status = 'PENDING', updated_at = now()
 WHERE status = 'ACTIVE'
   AND valid_from > (now() AT TIME ZONE 'Asia/Kuala_Lumpur')::date;
