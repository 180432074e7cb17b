-- Runs before every migration on PostgreSQL only (record 0029): the portable migrations use the standard type CLOB,
-- which H2 has and PostgreSQL spells TEXT; a domain of that name makes one migration text serve both stores.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS TEXT;
    END IF;
END
$$;
