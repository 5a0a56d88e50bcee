-- Short links for SMS: a long signed link of ours (…/track/confirm?complaint=…&token=…) becomes
-- …/s/<code> so the message keeps to fewer parts. Only links to our own public site are shortened.
CREATE TABLE short_link (
    code       VARCHAR(12)   PRIMARY KEY,
    target     VARCHAR(2000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
