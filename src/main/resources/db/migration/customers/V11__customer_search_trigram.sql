-- Search "contains" on name, phones, emails and serials stays fast at scale: a trigram index
-- serves LIKE '%…%' (pg_trgm is a trusted extension since PostgreSQL 13; the embedded server ships it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_search_text_trgm ON customer USING gin (search_text gin_trgm_ops);
