-- Each quarter's dashboard figures, computed once and kept (issue 13 §6): a view reads one indexed
-- row instead of aggregating a quarter of the projections. They stay exact through a change counter
-- per quarter that every write to the projections moves in its own transaction (triggers below, so
-- the listeners, a rebuild, the benchmark's SQL and a fix by hand all count). Stored figures whose
-- data_version equals the counters of the quarters they were computed from are current; any other
-- are computed again. Counters live in the database, so every app node sees the same ones.

CREATE TABLE analytics_quarter_change (
    quarter_key INT    PRIMARY KEY,
    version     BIGINT NOT NULL
);

-- slice '' is the whole company, otherwise a department code (a manager's slice).
-- data_version = the counters of the quarter and of the previous one (whose reasons it compares
-- with), added, read in the same snapshot as the figures.
CREATE TABLE analytics_quarter_figures (
    quarter_key  INT          NOT NULL,
    slice        VARCHAR(40)  NOT NULL,
    figures      JSONB        NOT NULL,
    data_version BIGINT       NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (quarter_key, slice)
);

-- Moves the counters of the given quarters and of every known quarter from from_key on (null: none).
-- Rows are locked in key order, so two writers touching the same quarters never deadlock.
CREATE FUNCTION analytics_bump_quarters(keys INT[], from_key INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_quarter_change (quarter_key, version)
        SELECT DISTINCT k, 0 FROM unnest(keys) AS k WHERE k IS NOT NULL ORDER BY 1
        ON CONFLICT (quarter_key) DO NOTHING;
    PERFORM 1 FROM (SELECT quarter_key FROM analytics_quarter_change
                    WHERE quarter_key = ANY (keys) OR quarter_key >= from_key ORDER BY quarter_key FOR UPDATE) AS locked;
    UPDATE analytics_quarter_change SET version = version + 1 WHERE quarter_key = ANY (keys) OR quarter_key >= from_key;
END $$;

-- A complaint counts in the quarter it was received in and the one it was closed in; and while it
-- is open past its due moment it counts as overdue at the end of every quarter from its own on: a
-- change of its received, due, communicated or closed moment moves all those quarters.
CREATE FUNCTION analytics_complaint_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    keys INT[];
    from_key INT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT k), min(n.quarter_key) FILTER (WHERE n.resolution_due_at IS NOT NULL)
          INTO keys, from_key
          FROM new_rows n CROSS JOIN LATERAL (VALUES (n.quarter_key), (n.closed_quarter_key)) AS v(k);
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT k), min(o.quarter_key) FILTER (WHERE o.resolution_due_at IS NOT NULL)
          INTO keys, from_key
          FROM old_rows o CROSS JOIN LATERAL (VALUES (o.quarter_key), (o.closed_quarter_key)) AS v(k);
    ELSE
        SELECT array_agg(DISTINCT k),
               min(least(o.quarter_key, n.quarter_key)) FILTER (WHERE o.received_at IS DISTINCT FROM n.received_at
                   OR o.resolution_due_at IS DISTINCT FROM n.resolution_due_at
                   OR o.communicated_at IS DISTINCT FROM n.communicated_at OR o.closed_at IS DISTINCT FROM n.closed_at)
          INTO keys, from_key
          FROM old_rows o JOIN new_rows n ON n.complaint_id = o.complaint_id
          CROSS JOIN LATERAL (VALUES (o.quarter_key), (o.closed_quarter_key), (n.quarter_key), (n.closed_quarter_key)) AS v(k);
    END IF;
    IF keys IS NOT NULL THEN
        PERFORM analytics_bump_quarters(keys, from_key);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER analytics_complaint_inserted AFTER INSERT ON analytics_complaint
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_complaint_changed();
CREATE TRIGGER analytics_complaint_updated AFTER UPDATE ON analytics_complaint
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_complaint_changed();
CREATE TRIGGER analytics_complaint_deleted AFTER DELETE ON analytics_complaint
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_complaint_changed();

-- Surveys, answers and calls count in their own quarter (a late answer: the quarter it was given in).
CREATE FUNCTION analytics_quarter_rows_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    keys INT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT quarter_key) INTO keys FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT quarter_key) INTO keys FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT k) INTO keys
          FROM (SELECT quarter_key FROM old_rows UNION SELECT quarter_key FROM new_rows) AS v(k);
    END IF;
    IF keys IS NOT NULL THEN
        PERFORM analytics_bump_quarters(keys, NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER analytics_survey_inserted AFTER INSERT ON analytics_survey
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_survey_updated AFTER UPDATE ON analytics_survey
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_survey_deleted AFTER DELETE ON analytics_survey
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_answer_inserted AFTER INSERT ON analytics_answer
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_answer_updated AFTER UPDATE ON analytics_answer
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_answer_deleted AFTER DELETE ON analytics_answer
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_call_inserted AFTER INSERT ON analytics_call
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_call_updated AFTER UPDATE ON analytics_call
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
CREATE TRIGGER analytics_call_deleted AFTER DELETE ON analytics_call
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_quarter_rows_changed();
