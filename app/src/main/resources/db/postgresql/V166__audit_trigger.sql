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

-- A column's value as the log writes it (vn.tdkt.audit.data.AuditTrigger#text), from its JSON text, for the kinds
-- other than v (those are written as they are).
CREATE FUNCTION tdkt_audit_value(kind text, v text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    t text;
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    ELSIF kind = 'x' THEN
        RETURN '***';
    ELSIF kind = 'l' THEN
        RETURN '<lob>';
    ELSIF kind = 'b' THEN
        RETURN '<' || ((length(v) - 2) / 2) || ' byte>';
    ELSIF kind NOT IN ('s', 't') THEN
        RETURN v;
    END IF;
    -- LocalTime.toString of HH:MM:SS[.fraction without trailing zeros]: no :00 seconds alone, 3 or 6 digits
    t := CASE WHEN kind = 's' THEN substr(v, 12) ELSE v END;
    t := CASE
        WHEN length(t) <= 8 THEN CASE WHEN substr(t, 7, 2) = '00' THEN left(t, 5) ELSE t END
        WHEN length(t) <= 12 THEN rpad(t, 12, '0')
        ELSE rpad(t, 15, '0') END;
    RETURN CASE WHEN kind = 's' THEN left(v, 11) || t ELSE t END;
END
$$;

-- A JSON string as vn.tdkt.audit.domain.RowData writes it (\" \\ \n \r \t, other controls as \u00xx): PostgreSQL's
-- own JSON text is the same but for \b and \f, so this is used only for a text holding one of those two.
CREATE FUNCTION tdkt_audit_quote(v text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    s text := replace(replace(v, E'\\', E'\\\\'), '"', E'\\"');
BEGIN
    s := replace(replace(replace(s, E'\n', E'\\n'), E'\r', E'\\r'), E'\t', E'\\t');
    FOR i IN 1 .. 31 LOOP
        IF i NOT IN (9, 10, 13) THEN
            s := replace(s, chr(i), E'\\u' || lpad(to_hex(i), 4, '0'));
        END IF;
    END LOOP;
    RETURN '"' || s || '"';
END
$$;

-- (Only PL/pgSQL statements and built-in functions per row below: a call of an SQL function that cannot be inlined
-- costs more than the rest of the entry.)
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
    fields text[];
    content text := '';
    wide boolean;
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
        IF kind <> 'v' THEN
            ov := tdkt_audit_value(kind, ov);
            nv := tdkt_audit_value(kind, nv);
        END IF;
        IF o IS NOT NULL THEN
            b := b || ',"' || col || '":' || CASE WHEN ov IS NULL THEN 'null'
                WHEN strpos(ov, chr(8)) + strpos(ov, chr(12)) = 0 THEN to_json(ov)::text ELSE tdkt_audit_quote(ov) END;
        END IF;
        IF n IS NOT NULL THEN
            a := a || ',"' || col || '":' || CASE WHEN nv IS NULL THEN 'null'
                WHEN strpos(nv, chr(8)) + strpos(nv, chr(12)) = 0 THEN to_json(nv)::text ELSE tdkt_audit_quote(nv) END;
        END IF;
    END LOOP;
    IF op = 'U' AND a = '' THEN
        RETURN NULL; -- nothing changed
    END IF;
    FOREACH arg IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
        IF k <> '' THEN
            k := k || ',';
        END IF;
        ov := coalesce(n, o) ->> substr(arg, 2);
        IF left(arg, 1) <> 'v' THEN
            ov := tdkt_audit_value(left(arg, 1), ov);
        END IF;
        k := k || coalesce(ov, 'null');
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

    -- AuditChain's hashed form: each field as its length in UTF-16 units (Java's String.length: a character beyond
    -- U+FFFF counts two), ':', the field, ';' ('-;' for none)
    fields := ARRAY[seq::text, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'), who, src, TG_TABLE_NAME::text, k, op, b, a,
                    pref::text, dref::text, prev];
    content := concat(who, src, k, b, a);
    wide := octet_length(content) > char_length(content) AND content ~ E'[\\U00010000-\\U0010FFFF]';
    content := '';
    FOREACH arg IN ARRAY fields LOOP
        IF arg IS NULL THEN
            content := content || '-;';
        ELSIF wide THEN
            content := content || (char_length(arg) + char_length(regexp_replace(arg, E'[^\\U00010000-\\U0010FFFF]', '', 'g')))
                || ':' || arg || ';';
        ELSE
            content := content || char_length(arg) || ':' || arg || ';';
        END IF;
    END LOOP;
    h := encode(sha256(convert_to(content, 'UTF8')), 'hex');
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
