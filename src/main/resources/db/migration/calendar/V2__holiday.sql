-- Official holidays (Gregorian dates); the administrator edits them, the work calendar reads them.
CREATE TABLE holiday (
    id      BIGSERIAL PRIMARY KEY,
    day     DATE         NOT NULL UNIQUE,
    name_fa VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL DEFAULT ''
);
