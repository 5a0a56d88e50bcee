-- One counter per kind of data that nodes keep in memory without a time limit (the official holidays
-- behind the work calendar): moved in the transaction that changes the data, polled by every node every
-- few seconds, so a change made on one node applies on the others within seconds.
CREATE TABLE cache_version (
    name    TEXT   PRIMARY KEY,
    version BIGINT NOT NULL
);
