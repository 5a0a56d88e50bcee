-- The language the complainant used (issue 14 §8): every mail and SMS to them is written in it and
-- the pages their links open speak it. Persian unless the channel told otherwise; complaints stored
-- before this column existed were all answered in Persian, so they stay Persian.
ALTER TABLE complaint ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'fa'
    CONSTRAINT complaint_language_known CHECK (language IN ('fa', 'en'));
