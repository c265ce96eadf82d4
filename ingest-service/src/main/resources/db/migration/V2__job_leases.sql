-- Jobs are leased in the database, so that several ingest-service instances share the work and never run the same
-- job twice: an instance claims a due job with FOR UPDATE SKIP LOCKED, holds a lease it renews while it runs, and a
-- job whose owner died is taken over once its lease has expired. Transient failures are retried with backoff.
ALTER TABLE ingest_job
    ADD COLUMN attempts         INTEGER      NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at  TIMESTAMPTZ,
    ADD COLUMN lease_owner      VARCHAR(200),
    ADD COLUMN lease_expires_at TIMESTAMPTZ;

-- jobs an older version is running right now have no lease: give them ten minutes before anyone takes them over
UPDATE ingest_job SET lease_expires_at = now() + INTERVAL '10 minutes' WHERE status = 'RUNNING';

CREATE INDEX ingest_job_due_idx ON ingest_job (created_at) WHERE status IN ('PENDING', 'RUNNING');
