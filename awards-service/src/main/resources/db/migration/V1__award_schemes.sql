-- Reports that printed award schemes (identity owned by ingest-service).
CREATE TABLE ingested_report (
    report_id    uuid PRIMARY KEY,
    fiscal_year  integer     NOT NULL,
    source_hash  varchar(128),
    ingested_at  timestamptz NOT NULL
);

-- One row per scheme; the printed columns mirror the statement of the latest fiscal year.
CREATE TABLE award_scheme (
    id                    uuid PRIMARY KEY,
    name_key              text        NOT NULL,
    name                  text        NOT NULL,
    summary               text,
    ministry_code         varchar(16),
    ministry_name         text,
    office                text,
    prize_note            text,
    recruitment_method    varchar(16) NOT NULL,
    recruitment_text      text,
    frequency_kind        varchar(16) NOT NULL,
    frequency_text        text,
    next_call_text        text,
    next_call_from        varchar(7),
    next_call_to          varchar(7),
    -- dated call period: first day of `from` .. last day of `to`
    next_call_start       date,
    next_call_end         date,
    -- month-only call period (--MM): months 1..12, the period may wrap over the new year
    next_call_from_month  integer,
    next_call_to_month    integer,
    status                varchar(16) NOT NULL,
    note                  text,
    since_year            integer,
    -- NFKC + lower case + whitespace removed, of name and summary: the `q` filter is LIKE over it
    search_text           text        NOT NULL,
    source_report_id      uuid,
    source_fiscal_year    integer,
    source_line_start     integer,
    source_line_end       integer,
    source_page           integer,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT award_scheme_name_key_uq UNIQUE (name_key)
);
CREATE INDEX award_scheme_ministry_idx ON award_scheme (ministry_code);

CREATE TABLE award_scheme_prize (
    scheme_id  uuid    NOT NULL REFERENCES award_scheme (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    name       text    NOT NULL,
    PRIMARY KEY (scheme_id, ordinal)
);

-- What each report printed about a scheme, with its source.
CREATE TABLE scheme_statement (
    id           uuid PRIMARY KEY,
    scheme_id    uuid        NOT NULL REFERENCES award_scheme (id) ON DELETE CASCADE,
    report_id    uuid        NOT NULL REFERENCES ingested_report (report_id) ON DELETE CASCADE,
    fiscal_year  integer     NOT NULL,
    printed      jsonb       NOT NULL,
    line_start   integer,
    line_end     integer,
    page         integer,
    ordinal      integer     NOT NULL,
    recorded_at  timestamptz NOT NULL,
    CONSTRAINT scheme_statement_scheme_report_uq UNIQUE (scheme_id, report_id)
);
CREATE INDEX scheme_statement_report_idx ON scheme_statement (report_id);

CREATE TABLE edition (
    id                 uuid PRIMARY KEY,
    scheme_id          uuid        NOT NULL REFERENCES award_scheme (id),
    number             integer,
    title              text,
    year               integer     NOT NULL,
    call_from          date,
    call_to            date,
    announcement_date  date,
    ceremony_date      date,
    notes              text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT edition_scheme_number_uq UNIQUE (scheme_id, number)
);
CREATE INDEX edition_scheme_idx ON edition (scheme_id, year);

CREATE TABLE recipient (
    id            uuid PRIMARY KEY,
    edition_id    uuid        NOT NULL REFERENCES edition (id),
    name          text        NOT NULL,
    kind          varchar(16) NOT NULL,
    affiliation   text,
    prefecture    varchar(8),
    prize         text,
    category      text,
    citation      text,
    share         integer     NOT NULL DEFAULT 1,
    status        varchar(16) NOT NULL,
    search_text   text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX recipient_edition_idx ON recipient (edition_id);
CREATE INDEX recipient_prefecture_idx ON recipient (prefecture);
