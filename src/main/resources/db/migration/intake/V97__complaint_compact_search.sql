-- As V96 for customers: the inbox compares what was typed with the search text without its spaces.
ALTER TABLE complaint ADD COLUMN search_compact TEXT GENERATED ALWAYS AS (replace(search_text, ' ', '')) STORED;
CREATE INDEX complaint_search_compact_trgm ON complaint USING gin (search_compact gin_trgm_ops);
DROP INDEX complaint_search_trgm;
