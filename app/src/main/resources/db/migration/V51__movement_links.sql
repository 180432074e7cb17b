-- A dossier and a decision may name the movement they belong to: a real link next to the free text kept as it was.
-- IF NOT EXISTS: the dossier's column may already be there when this step is run again on a restored database.
ALTER TABLE dossier ADD COLUMN IF NOT EXISTS movement_id BIGINT;
ALTER TABLE dossier DROP CONSTRAINT IF EXISTS fk_dossier_movement;
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_movement FOREIGN KEY (movement_id) REFERENCES movement (id) ON DELETE SET NULL;
ALTER TABLE decision ADD COLUMN IF NOT EXISTS movement_id BIGINT;
ALTER TABLE decision DROP CONSTRAINT IF EXISTS fk_decision_movement;
ALTER TABLE decision ADD CONSTRAINT fk_decision_movement FOREIGN KEY (movement_id) REFERENCES movement (id) ON DELETE SET NULL;
