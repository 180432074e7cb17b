-- The audit log on a PostgreSQL store (issue #14, record 0078): the PL/pgSQL twin of the embedded store's Java row
-- trigger (vn.tdkt.audit.data.AuditTrigger). vn.tdkt.audit.data.ServerAuditTriggers puts tdkt_audit_row on every
-- table at each open (so tables of later migrations are covered), with the table's columns as trigger arguments:
--   TG_ARGV[0] the key columns ('k' + name, comma-separated), [1] the person column or '', [2] the dossier column
--   or '', [3..] every column in table order as one letter of kind + name: v value as PostgreSQL writes it in JSON,
--   s timestamp, t time, l large text ("<lob>", as H2 hands the Java trigger a Clob), b bytes, x secret ("***").
-- Each entry is the one the Java trigger writes (same columns, same texts) and its hash is SHA-256 over the same
-- length-prefixed form that vn.tdkt.audit.domain.AuditChain computes (and `tdkt audit verify` recomputes).
-- Who and from where come from the connection's settings tdkt.actor and tdkt.source (set by the app on every
-- connection it takes from its pool); a write from another client records db:<role> and sql.
-- The chain head is locked by the first entry of a transaction (an UPDATE of audit_head that changes nothing, which
-- waits for any other writing transaction to end) and written once, at commit, by a deferred trigger: the number and
-- hash of the transaction's last entry travel in the transaction-local setting tdkt.audit_chain meanwhile (a row
-- updated 20 000 times in one transaction would leave 20 000 versions for every next read to walk).

-- LocalTime.toString of a time PostgreSQL writes as JSON (HH:MM:SS, its fraction without trailing zeros).
CREATE FUNCTION tdkt_audit_time(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE
        WHEN length(v) <= 8 THEN CASE WHEN substr(v, 7, 2) = '00' THEN left(v, 5) ELSE v END
        WHEN length(v) <= 12 THEN rpad(v, 12, '0')
        ELSE rpad(v, 15, '0') END
$$;

-- A column's value as the log writes it (vn.tdkt.audit.data.AuditTrigger#text), from its JSON text.
CREATE FUNCTION tdkt_audit_value(kind text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN v IS NULL THEN NULL
        WHEN kind = 'x' THEN '***'
        WHEN kind = 's' THEN left(v, 11) || tdkt_audit_time(substr(v, 12))
        WHEN kind = 't' THEN tdkt_audit_time(v)
        WHEN kind = 'l' THEN '<lob>'
        WHEN kind = 'b' THEN '<' || ((length(v) - 2) / 2) || ' byte>'
        ELSE v END
$$;

-- A JSON string as vn.tdkt.audit.domain.RowData writes it (\" \\ \n \r \t, other controls as \u00xx).
CREATE FUNCTION tdkt_audit_quote(v text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    s text := replace(replace(v, E'\\', E'\\\\'), '"', E'\\"');
    i int;
BEGIN
    IF s ~ E'[\\x01-\\x1f]' THEN
        s := replace(replace(replace(s, E'\n', E'\\n'), E'\r', E'\\r'), E'\t', E'\\t');
        FOR i IN 1 .. 31 LOOP
            IF i NOT IN (9, 10, 13) THEN
                s := replace(s, chr(i), E'\\u' || lpad(to_hex(i), 4, '0'));
            END IF;
        END LOOP;
    END IF;
    RETURN '"' || s || '"';
END
$$;

-- One field of AuditChain's hashed form: its length in UTF-16 units (Java's String.length), ':', it, ';' ('-;' null).
CREATE FUNCTION tdkt_audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN v IS NULL THEN '-;'
        WHEN octet_length(v) > char_length(v) AND v ~ E'[\\U00010000-\\U0010FFFF]'
            THEN (char_length(v) + char_length(regexp_replace(v, E'[^\\U00010000-\\U0010FFFF]', '', 'g'))) || ':' || v || ';'
        ELSE char_length(v) || ':' || v || ';' END
$$;

CREATE FUNCTION tdkt_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    o jsonb;
    n jsonb;
    op text := left(TG_OP, 1);
    arg text;
    kind text;
    col text;
    ov text;
    nv text;
    b text := '';
    a text := '';
    k text := '';
    pref bigint;
    dref bigint;
    chain text;
    seq bigint;
    prev text;
    at timestamp;
    who text;
    src text;
    h text;
BEGIN
    IF op <> 'I' THEN
        o := to_jsonb(OLD);
    END IF;
    IF op <> 'D' THEN
        n := to_jsonb(NEW);
    END IF;
    FOR i IN 3 .. TG_NARGS - 1 LOOP
        arg := TG_ARGV[i];
        kind := left(arg, 1);
        col := substr(arg, 2);
        ov := o ->> col;
        nv := n ->> col;
        -- an update records the columns it changed (a large text always, as H2's Clobs never compare equal)
        IF op = 'U' AND ov IS NOT DISTINCT FROM nv AND (kind <> 'l' OR ov IS NULL) THEN
            CONTINUE;
        END IF;
        IF o IS NOT NULL THEN
            b := b || ',"' || col || '":' || coalesce(tdkt_audit_quote(tdkt_audit_value(kind, ov)), 'null');
        END IF;
        IF n IS NOT NULL THEN
            a := a || ',"' || col || '":' || coalesce(tdkt_audit_quote(tdkt_audit_value(kind, nv)), 'null');
        END IF;
    END LOOP;
    IF op = 'U' AND a = '' THEN
        RETURN NULL; -- nothing changed
    END IF;
    FOREACH arg IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
        IF k <> '' THEN
            k := k || ',';
        END IF;
        k := k || coalesce(tdkt_audit_value(left(arg, 1), coalesce(n, o) ->> substr(arg, 2)), 'null');
    END LOOP;
    IF TG_ARGV[1] <> '' THEN
        pref := coalesce((n ->> TG_ARGV[1])::bigint, (o ->> TG_ARGV[1])::bigint);
    END IF;
    IF TG_ARGV[2] <> '' THEN
        dref := coalesce((n ->> TG_ARGV[2])::bigint, (o ->> TG_ARGV[2])::bigint);
    END IF;
    b := CASE WHEN b = '' THEN NULL ELSE '{' || substr(b, 2) || '}' END;
    a := CASE WHEN a = '' THEN NULL ELSE '{' || substr(a, 2) || '}' END;

    chain := current_setting('tdkt.audit_chain', true);
    IF chain IS NULL OR chain = '' THEN
        -- the head row stays locked until this transaction ends: entries are chained in one order, never forked
        UPDATE audit_head SET last_seq = last_seq WHERE id = 1 RETURNING last_seq, last_hash INTO seq, prev;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'The audit log has no head row (audit_head)';
        END IF;
    ELSE
        seq := split_part(chain, ' ', 1)::bigint;
        prev := split_part(chain, ' ', 2);
    END IF;
    seq := seq + 1;
    at := date_trunc('milliseconds', clock_timestamp()::timestamp);
    who := left(coalesce(nullif(current_setting('tdkt.actor', true), ''), 'db:' || session_user), 200);
    src := left(coalesce(nullif(current_setting('tdkt.source', true), ''), 'sql'), 200);
    k := left(k, 400);
    h := encode(sha256(convert_to(tdkt_audit_field(seq::text) || tdkt_audit_field(to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'))
            || tdkt_audit_field(who) || tdkt_audit_field(src) || tdkt_audit_field(TG_TABLE_NAME::text)
            || tdkt_audit_field(k) || tdkt_audit_field(op) || tdkt_audit_field(b) || tdkt_audit_field(a)
            || tdkt_audit_field(pref::text) || tdkt_audit_field(dref::text) || tdkt_audit_field(prev), 'UTF8')), 'hex');
    INSERT INTO audit_entry (seq, written_at, actor, source, table_name, row_key, operation, before_data, after_data,
                             person_ref, dossier_ref, prev_hash, entry_hash)
    VALUES (seq, at, who, src, TG_TABLE_NAME, k, op, b, a, pref, dref, prev, h);
    PERFORM set_config('tdkt.audit_chain', seq || ' ' || h, true);
    RETURN NULL;
END
$$;

-- At commit: the head takes the number and hash of the transaction's last entry (once per transaction).
CREATE FUNCTION tdkt_audit_close() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    chain text := current_setting('tdkt.audit_chain', true);
BEGIN
    IF chain IS NOT NULL AND chain <> '' THEN
        PERFORM set_config('tdkt.audit_chain', '', true);
        UPDATE audit_head SET last_seq = split_part(chain, ' ', 1)::bigint, last_hash = split_part(chain, ' ', 2)
        WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_head_close AFTER UPDATE ON audit_head DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.last_seq = OLD.last_seq) EXECUTE FUNCTION tdkt_audit_close();
