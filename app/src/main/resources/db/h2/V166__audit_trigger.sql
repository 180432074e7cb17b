-- The H2 twin of db/postgresql/V166 (record 0029, record 0078): the embedded store's audit trigger is Java
-- (vn.tdkt.audit.data.AuditTrigger, installed at each open), so there is no function to create; the version exists on
-- both stores so that their histories match.
UPDATE audit_head SET last_seq = last_seq WHERE 1 = 0;
