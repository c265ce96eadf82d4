-- The data version, announced: every transaction that writes any table of the service (an ingest of a report's award
-- table, an editor's change of a scheme, an edition or a recipient) bumps data_version once and sends
-- NOTIFY awards_data_version with the new version; PostgreSQL delivers it on commit, in commit order. Each instance
-- LISTENs on a dedicated connection and keys its cached answers by the version (commons DataVersion).
CREATE TABLE data_version (
    id         smallint PRIMARY KEY CHECK (id = 1),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, now());

CREATE FUNCTION data_version_bump() RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v bigint;
BEGIN
    IF current_setting('awards.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version INTO v;
        PERFORM pg_notify('awards_data_version', v::text);
        -- transaction-local: the next transaction bumps again
        PERFORM set_config('awards.data_version_bumped', 'on', true);
    ELSE
        SELECT version INTO v FROM data_version WHERE id = 1;
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION data_version_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM data_version_bump();
    RETURN NULL;
END
$$;

DO
$$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY ['ingested_report', 'award_scheme', 'award_scheme_prize', 'scheme_statement', 'edition',
        'recipient']
        LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                               || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_changed()',
                           t || '_data_version', t);
        END LOOP;
END
$$;

-- The scheme list in its default order (source: printed order, then name) and a scheme's statements latest first
-- are index walks.
CREATE INDEX award_scheme_source_order_idx ON award_scheme (source_line_start, name_key, id);
DROP INDEX scheme_statement_report_idx;
CREATE INDEX scheme_statement_report_idx ON scheme_statement (report_id, scheme_id);
CREATE INDEX scheme_statement_scheme_order_idx ON scheme_statement (scheme_id, fiscal_year DESC, recorded_at DESC);
-- recipients: the default order (-year) goes through the editions; an edition's recipients by name
CREATE INDEX recipient_edition_name_idx ON recipient (edition_id, name, id);
DROP INDEX recipient_edition_idx;
