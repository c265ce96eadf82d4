-- What a read shows of a measure's budgets, ministries (with the registry's names) and award-scheme links, kept with
-- the measure as the JSON arrays of arrays that MeasureRepository reads (see repository/MeasureRow): a read of one
-- measure or of a page is then an index lookup on measure alone, without three aggregating subqueries per row. The
-- data change only on imports, corrections and registry edits, so the arrays are made on write, by the triggers below,
-- whichever statement writes the rows (Hibernate, plain SQL, a cascade): no write path can leave them stale. NULL, as
-- before, means none. Truncating a child table is not covered (the service never does; Flyway's clean drops all).
ALTER TABLE measure
    ADD COLUMN budgets_json       text,
    ADD COLUMN ministries_json    text,
    ADD COLUMN award_schemes_json text;

-- The same arrays as the subqueries the reads ran until now (V1..V4), for the given measures.
CREATE FUNCTION measure_refresh_aggregates(ids uuid[]) RETURNS void
    LANGUAGE sql AS
$$
UPDATE measure me
SET budgets_json       = (SELECT CAST(json_agg(json_build_array(b.amount_yen, b.label, b.type, b.approximate,
                                                                b.part_of) ORDER BY b.position) AS text)
                          FROM measure_budget b
                          WHERE b.measure_id = me.id),
    ministries_json    = (SELECT CAST(json_agg(json_build_array(mm.ministry_code, coalesce(mi.name, mm.ministry_code),
                                                                mm.short_name, mi.name_en) ORDER BY mm.position) AS text)
                          FROM measure_ministry mm
                                   LEFT JOIN ministry mi ON mi.code = mm.ministry_code
                          WHERE mm.measure_id = me.id),
    award_schemes_json = (SELECT CAST(json_agg(json_build_array(a.scheme_id, a.name) ORDER BY a.position) AS text)
                          FROM measure_award_scheme a
                          WHERE a.measure_id = me.id)
WHERE me.id = ANY (ids)
$$;

-- A statement wrote rows of a child table: the measures those rows belong (or belonged) to are made again, once per
-- statement. Transition tables are named new_rows / old_rows; an INSERT has only the first, a DELETE only the second.
CREATE FUNCTION measure_children_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_refresh_aggregates(ARRAY(SELECT DISTINCT measure_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_refresh_aggregates(ARRAY(SELECT DISTINCT measure_id FROM old_rows));
    ELSE
        PERFORM measure_refresh_aggregates(
                ARRAY(SELECT measure_id FROM new_rows UNION SELECT measure_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- A registry entry changed (its name, its English name): the measures that name it show the new names. The foreign key
-- of measure_ministry keeps referenced entries from being inserted after, or deleted before, the measures naming them.
CREATE FUNCTION ministry_names_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM measure_refresh_aggregates(ARRAY(
            SELECT DISTINCT mm.measure_id
            FROM measure_ministry mm
            WHERE mm.ministry_code IN (SELECT code FROM new_rows UNION SELECT code FROM old_rows)));
    RETURN NULL;
END
$$;

-- PostgreSQL allows transition tables only on single-event triggers: one trigger per table and event.
DO
$$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY ['measure_budget', 'measure_ministry', 'measure_award_scheme']
        LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                               || ' FOR EACH STATEMENT EXECUTE FUNCTION measure_children_changed()',
                           t || '_aggregates_insert', t);
            EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                               || ' FOR EACH STATEMENT EXECUTE FUNCTION measure_children_changed()',
                           t || '_aggregates_update', t);
            EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
                               || ' FOR EACH STATEMENT EXECUTE FUNCTION measure_children_changed()',
                           t || '_aggregates_delete', t);
        END LOOP;
END
$$;

CREATE TRIGGER ministry_aggregates_update
    AFTER UPDATE
    ON ministry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
EXECUTE FUNCTION ministry_names_changed();

-- the measures there are
SELECT measure_refresh_aggregates(ARRAY(SELECT id FROM measure));
