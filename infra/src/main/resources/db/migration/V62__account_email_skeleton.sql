-- The ICU confusable skeleton (UTS #39) of each account's address: two addresses that look alike (a Cyrillic "а" for
-- a Latin "a", "rn" for "m" …) have the same skeleton, and the unique index refuses the second one at sign-up.
-- Accounts made before this column are given theirs by the application at start-up.
ALTER TABLE account ADD COLUMN email_skeleton VARCHAR(1000);
CREATE UNIQUE INDEX account_email_skeleton ON account (email_skeleton);
