-- Optimistic concurrency of corrections (commons IfMatch): every measure has a version, the data version of the
-- transaction that last changed it (a correction, the import that wrote it, a rename in the ministry registry). Data
-- versions only grow, so a measure never gets a version twice, also when a re-ingest deletes and re-inserts it.
-- Existing measures start at the current data version.
ALTER TABLE measure ADD COLUMN version bigint NOT NULL DEFAULT 0;
UPDATE measure SET version = (SELECT version FROM data_version WHERE id = 1);
ALTER TABLE measure ALTER COLUMN version DROP DEFAULT;

-- The history of a measure in commit order: corrections of one measure are serialised by its row lock, and take their
-- number from this sequence after the lock, so the order does not depend on the clock. Existing corrections are
-- numbered in the order they were listed in before (created_at, id).
ALTER TABLE measure_correction ADD COLUMN seq bigint;
UPDATE measure_correction c SET seq = o.n
FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM measure_correction) o
WHERE c.id = o.id;
CREATE SEQUENCE measure_correction_seq OWNED BY measure_correction.seq;
SELECT setval('measure_correction_seq', coalesce((SELECT max(seq) FROM measure_correction), 0) + 1, false);
ALTER TABLE measure_correction ALTER COLUMN seq SET DEFAULT nextval('measure_correction_seq');
ALTER TABLE measure_correction ALTER COLUMN seq SET NOT NULL;
DROP INDEX measure_correction_measure_idx;
CREATE INDEX measure_correction_measure_idx ON measure_correction (measure_id, seq);
CREATE INDEX measure_correction_report_idx ON measure_correction (report_id, seq);
