-- Reports as they were uploaded, kept so that a job can be re-run and its input audited.
CREATE TABLE report_upload (
    source_hash   VARCHAR(64) PRIMARY KEY,
    content       TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE ingest_job (
    id            UUID PRIMARY KEY,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    source_hash   VARCHAR(64)  NOT NULL REFERENCES report_upload (source_hash),
    report_id     UUID         NOT NULL,
    title         TEXT,
    fiscal_year   INTEGER,
    progress      INTEGER      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    stage         VARCHAR(32),
    counts        JSONB,
    warnings      JSONB,
    error         TEXT,
    submitted_by  VARCHAR(255),
    request_id    VARCHAR(128),
    created_at    TIMESTAMPTZ  NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);

CREATE INDEX ingest_job_created_idx ON ingest_job (created_at DESC);
CREATE INDEX ingest_job_status_idx ON ingest_job (status) WHERE status IN ('PENDING', 'RUNNING');
