-- A customer made from an unknown complainant that staff recognise as one already known is merged
-- into it: contacts, sites and equipment move, the merged row goes, and this record stays — so that
-- an old link (a mail, a bookmark, another module's row not yet re-pointed) still leads somewhere,
-- and so that who merged what, and when, is known.
CREATE TABLE customer_merge (
    merged_id   BIGINT       PRIMARY KEY,
    into_id     BIGINT       NOT NULL,
    merged_code VARCHAR(40)  NOT NULL,
    merged_name VARCHAR(200) NOT NULL,
    merged_by   VARCHAR(60)  NOT NULL,
    merged_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_merge_into_idx ON customer_merge (into_id);
