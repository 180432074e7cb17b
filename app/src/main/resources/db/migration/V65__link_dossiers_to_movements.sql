-- The free text "Phong trào" of a dossier becomes a real link when it names a recorded movement: its code (case
-- ignored) or its exact name. A text that names none is kept as it was, unlinked.
UPDATE dossier d SET movement_id = (
        SELECT MIN(m.id) FROM movement m
        WHERE UPPER(TRIM(m.code)) = UPPER(TRIM(d.movement)) OR TRIM(m.name) = TRIM(d.movement))
    WHERE d.movement_id IS NULL AND d.movement IS NOT NULL
      AND EXISTS (SELECT 1 FROM movement m
                  WHERE UPPER(TRIM(m.code)) = UPPER(TRIM(d.movement)) OR TRIM(m.name) = TRIM(d.movement));
