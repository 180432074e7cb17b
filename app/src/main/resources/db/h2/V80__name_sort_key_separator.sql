-- A person's sort key separated the given name from the rest with U+0000, which PostgreSQL text cannot hold; the app
-- now writes U+0001 (below every key character too, so the order is the same). Old keys of H2 files are rewritten
-- so that old and new rows sort together (record 0029). PostgreSQL stores never had the old keys.
UPDATE person SET sort_key = REPLACE(sort_key, CHAR(0), CHAR(1)) WHERE LOCATE(CHAR(0), sort_key) > 0;
