-- The audit log (issue #14): one entry per row written, in the transaction of the write. Each entry holds the hash of
-- the entry before it and the SHA-256 of its own content, so removing, altering or re-ordering an entry breaks the
-- chain (vn.tdkt.audit.domain.AuditChain computes and checks it). Rows are written by the audit triggers that
-- vn.tdkt.audit.data.AuditTriggers installs on every other table at start (decision record 0029).
CREATE TABLE audit_entry (
    seq         BIGINT          NOT NULL PRIMARY KEY,
    written_at  TIMESTAMP       NOT NULL,
    actor       VARCHAR(200)    NOT NULL,
    source      VARCHAR(200)    NOT NULL,
    table_name  VARCHAR(128)    NOT NULL,
    row_key     VARCHAR(400)    NOT NULL,
    operation   VARCHAR(1)      NOT NULL,
    before_data VARCHAR(1000000),
    after_data  VARCHAR(1000000),
    person_ref  BIGINT,
    dossier_ref BIGINT,
    prev_hash   VARCHAR(64)     NOT NULL,
    entry_hash  VARCHAR(64)     NOT NULL,
    CONSTRAINT ck_audit_operation CHECK (operation IN ('I', 'U', 'D'))
);
CREATE INDEX ix_audit_entry_row ON audit_entry (table_name, row_key);
CREATE INDEX ix_audit_entry_at ON audit_entry (written_at);
CREATE INDEX ix_audit_entry_person ON audit_entry (person_ref);
CREATE INDEX ix_audit_entry_dossier ON audit_entry (dossier_ref);

-- The head of the chain: one row, locked by every writing transaction until it commits (entries are numbered
-- without gaps, in commit order of the head).
CREATE TABLE audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
