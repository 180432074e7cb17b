-- A decision is its number AND its date (issue #8): numbering restarts every year, so "16/QĐ-SNV" of 2023 and of
-- 2025 are two decisions. The award history was keyed so in V3; the decisions and revocations follow.
ALTER TABLE decision DROP CONSTRAINT uq_decision_no;
ALTER TABLE decision ADD CONSTRAINT uq_decision_no_date UNIQUE (decision_no, decision_date);
ALTER TABLE revocation DROP CONSTRAINT uq_revocation_no;
ALTER TABLE revocation ADD CONSTRAINT uq_revocation_no_date UNIQUE (decision_no, decision_date);
