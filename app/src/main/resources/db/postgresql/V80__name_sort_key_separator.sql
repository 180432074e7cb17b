-- The PostgreSQL twin of db/h2/V80 (record 0029): a PostgreSQL store never held a sort key with U+0000 (its text
-- cannot), so there is nothing to rewrite; the version exists on both stores so that their histories match.
UPDATE person SET sort_key = sort_key WHERE 1 = 0;
