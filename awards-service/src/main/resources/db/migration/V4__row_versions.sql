-- Optimistic concurrency of editors' writes (commons IfMatch): every award scheme, edition and recipient has a
-- version, the data version of the transaction that last changed what its JSON shows (its own fields, and for a scheme
-- its statements, for an edition its recipient count, for a recipient its edition's number and year and its scheme's
-- name). Data versions only grow, so no resource gets a version twice. Existing rows start at the current one.
ALTER TABLE award_scheme ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE edition ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE recipient ADD COLUMN version bigint NOT NULL DEFAULT 0;
UPDATE award_scheme SET version = (SELECT version FROM data_version WHERE id = 1);
UPDATE edition SET version = (SELECT version FROM data_version WHERE id = 1);
UPDATE recipient SET version = (SELECT version FROM data_version WHERE id = 1);
ALTER TABLE award_scheme ALTER COLUMN version DROP DEFAULT;
ALTER TABLE edition ALTER COLUMN version DROP DEFAULT;
ALTER TABLE recipient ALTER COLUMN version DROP DEFAULT;
