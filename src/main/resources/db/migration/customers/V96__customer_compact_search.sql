-- Search treats a space, a ZWNJ and nothing alike («شبانه روزی» finds «شبانه‌روزی» and «شبانهروزی»):
-- the search text (which already has no ZWNJ) is compared without its spaces. The compact form is a
-- generated column, so every writer keeps it right without knowing; its trigram index replaces the old one.
ALTER TABLE customer ADD COLUMN search_compact TEXT GENERATED ALWAYS AS (replace(search_text, ' ', '')) STORED;
CREATE INDEX customer_search_compact_trgm ON customer USING gin (search_compact gin_trgm_ops);
DROP INDEX customer_search_text_trgm;
