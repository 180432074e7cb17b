-- The history tables kept two B-trees for one lookup (issue #15, the import's write phase). H2 gives every foreign key
-- an index of its own when the constraint is created with the table, even where a unique constraint or an index already
-- starts with the same column: rating (person_id) beside uq_rating_person (person_id, rating_year), person (unit_id)
-- beside ix_person_unit (unit_id), and so on. Every imported row paid for the extra index (written, and gone through
-- again at commit). Each such foreign key is dropped and added again, unchanged (same name, columns, target and ON
-- DELETE): H2 then uses the existing index and drops its own. PostgreSQL makes no index for a foreign key, so there the
-- step only checks the constraints again. Portable SQL on both engines.
ALTER TABLE person DROP CONSTRAINT fk_person_unit;
ALTER TABLE person ADD CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES unit (id);

ALTER TABLE assignment DROP CONSTRAINT fk_assignment_person;
ALTER TABLE assignment ADD CONSTRAINT fk_assignment_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;

ALTER TABLE rating DROP CONSTRAINT fk_rating_person;
ALTER TABLE rating ADD CONSTRAINT fk_rating_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
ALTER TABLE rating DROP CONSTRAINT fk_rating_unit;
ALTER TABLE rating ADD CONSTRAINT fk_rating_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE;

ALTER TABLE award DROP CONSTRAINT fk_award_person;
ALTER TABLE award ADD CONSTRAINT fk_award_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
ALTER TABLE award DROP CONSTRAINT fk_award_unit;
ALTER TABLE award ADD CONSTRAINT fk_award_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE;

ALTER TABLE discipline DROP CONSTRAINT fk_discipline_person;
ALTER TABLE discipline ADD CONSTRAINT fk_discipline_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;

ALTER TABLE initiative DROP CONSTRAINT fk_initiative_person;
ALTER TABLE initiative ADD CONSTRAINT fk_initiative_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
