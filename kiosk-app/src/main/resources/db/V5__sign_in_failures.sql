-- V5: failed sign-ins are counted per account and source address, not per account: a guesser on the
-- centre's network then delays only his own address, never the account's owner at her desk.
CREATE TABLE sign_in_failures (
    username     TEXT    NOT NULL,
    address      TEXT    NOT NULL,
    failures     INTEGER NOT NULL,
    locked_until INTEGER,
    last_at      INTEGER NOT NULL,
    PRIMARY KEY (username, address)
);

-- The account-wide count and lock they replace.
ALTER TABLE accounts DROP COLUMN failed_count;
ALTER TABLE accounts DROP COLUMN locked_until;
