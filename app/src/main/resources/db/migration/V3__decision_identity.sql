-- Decision numbers restart every year ("22/QĐ-SNV" of 2023 and of 2024 are different decisions):
-- a decision is identified by its number AND its date.
ALTER TABLE award DROP CONSTRAINT uq_award_person;
ALTER TABLE award DROP CONSTRAINT uq_award_unit;
ALTER TABLE award ADD CONSTRAINT uq_award_person UNIQUE (person_id, kind_code, decision_no, decision_date);
ALTER TABLE award ADD CONSTRAINT uq_award_unit UNIQUE (unit_id, kind_code, decision_no, decision_date);

ALTER TABLE discipline DROP CONSTRAINT uq_discipline;
ALTER TABLE discipline ADD CONSTRAINT uq_discipline UNIQUE (person_id, decision_no, decision_date);
