-- The data version, announced: every transaction that writes any table of the service bumps data_version once and
-- sends NOTIFY measures_data_version with the new version; PostgreSQL delivers it on commit, in commit order. Each
-- instance LISTENs on a dedicated connection and keys its cached answers by the version (commons DataVersion).
-- The bump's row lock also serialises writers (imports, corrections) from their first write on.
CREATE FUNCTION data_version_bump() RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v bigint;
BEGIN
    IF current_setting('measures.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version INTO v;
        PERFORM pg_notify('measures_data_version', v::text);
        -- transaction-local: the next transaction bumps again
        PERFORM set_config('measures.data_version_bumped', 'on', true);
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
    FOREACH t IN ARRAY ARRAY ['report', 'outline_heading', 'ministry', 'measure', 'measure_budget', 'measure_ministry',
        'measure_award_scheme', 'measure_correction']
        LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                               || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_changed()',
                           t || '_data_version', t);
        END LOOP;
END
$$;

-- List pages walk an index in the order asked for and stop after the page: one index per order, and per filter that
-- narrows the default order (see MeasureSql.orderBy: every order ends with sort_key, id). Equality filters make their
-- column constant, so (filter column, order columns) serves "filter + default order".
DROP INDEX measure_sort_idx;
DROP INDEX measure_report_sort_idx;
DROP INDEX measure_chapter_idx;
DROP INDEX measure_fiscal_year_idx;
DROP INDEX measure_own_yen_idx;
-- sort=code (the default) and -code (incremental sort within one code)
CREATE INDEX measure_code_order_idx ON measure (sort_key, fiscal_year DESC, id);
-- report=…, chapter=… (and section=…, contiguous within a chapter), fiscalYear=… in the default order
CREATE INDEX measure_report_order_idx ON measure (report_id, sort_key, fiscal_year DESC, id);
CREATE INDEX measure_chapter_order_idx ON measure (chapter_number, sort_key, fiscal_year DESC, id);
CREATE INDEX measure_fiscal_year_order_idx ON measure (fiscal_year, sort_key, id);
-- sort=-fiscalYear
CREATE INDEX measure_fiscal_year_desc_order_idx ON measure (fiscal_year DESC, sort_key, id);
-- sort=totalYen and -totalYen (measures without own money last both ways); minYen/maxYen ranges
CREATE INDEX measure_own_yen_order_idx ON measure (own_yen, sort_key, id);
CREATE INDEX measure_own_yen_desc_order_idx ON measure (own_yen DESC NULLS LAST, sort_key, id);
-- sort=title (and -title, with an incremental sort within one title)
CREATE INDEX measure_title_order_idx ON measure (title, sort_key, id);
