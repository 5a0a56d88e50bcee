-- A transaction moves each quarter's change counter once, however many of its statements write the
-- projections (a completed survey writes its survey, its answers and its call; a case closing writes
-- its complaint twice). The first write moves the counter and holds its row until the commit; from
-- that commit on, figures computed before it are stale whatever else the transaction wrote, so moving
-- it again only costs another locked update of the same hot row. The quarters moved so far live in
-- a transaction-local setting, which a rolled-back savepoint undoes with the writes it undoes.
CREATE OR REPLACE FUNCTION analytics_bump_quarters(keys INT[], from_key INT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    moved INT[] := coalesce(nullif(current_setting('shenava.analytics_quarters_moved', true), '')::INT[], '{}');
    todo  INT[];
BEGIN
    IF from_key IS NOT NULL THEN
        keys := keys || ARRAY(SELECT quarter_key FROM analytics_quarter_change WHERE quarter_key >= from_key);
    END IF;
    SELECT array_agg(DISTINCT k ORDER BY k) INTO todo FROM unnest(keys) AS k WHERE k IS NOT NULL AND k <> ALL (moved);
    IF todo IS NULL THEN
        RETURN;
    END IF;
    -- rows are locked in key order, so two writers touching the same quarters never deadlock
    INSERT INTO analytics_quarter_change (quarter_key, version)
        SELECT k, 0 FROM unnest(todo) AS k ORDER BY 1 ON CONFLICT (quarter_key) DO NOTHING;
    PERFORM 1 FROM (SELECT quarter_key FROM analytics_quarter_change
                    WHERE quarter_key = ANY (todo) ORDER BY quarter_key FOR UPDATE) AS locked;
    UPDATE analytics_quarter_change SET version = version + 1 WHERE quarter_key = ANY (todo);
    PERFORM set_config('shenava.analytics_quarters_moved', (moved || todo)::TEXT, true);
END $$;
