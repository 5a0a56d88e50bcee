-- The case list's search by subject: the same folding as PersianText.compactKey (lower case, Latin
-- digits, alef/heh/waw/yeh/kaf variants folded, no spaces or ZWNJ), so a space, a ZWNJ and nothing
-- match each other, with a trigram index for LIKE '%…%'. Characters without a partner in the second
-- list (the space and the ZWNJ, last in the first) are removed by translate().
ALTER TABLE complaint_case ADD COLUMN subject_compact TEXT GENERATED ALWAYS AS (
    translate(lower(subject),
              U&'\0622\0623\0625\0671\06C0\0629\0624\0626\064A\0649\0643'
                  || U&'\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669'
                  || U&' \200C',
              U&'\0627\0627\0627\0627\0647\0647\0648\06CC\06CC\06CC\06A9' || '01234567890123456789')) STORED;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_subject_compact_trgm ON complaint_case USING gin (subject_compact gin_trgm_ops);
-- a tracking code typed into the case list's search is looked up, not scanned for
CREATE INDEX complaint_case_tracking_code_idx ON complaint_case (tracking_code);
