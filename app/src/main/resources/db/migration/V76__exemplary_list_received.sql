-- The lists of exemplary models a movement asks of its units by a date (Danh sách giới thiệu điển hình tiên tiến
-- before 20/5, seed 002): the request is a milestone of the movement (its unit, or none = every participating unit);
-- which unit sent its list, on which day; a unit of the request without a row has not sent one.
CREATE TABLE exemplary_list_request (
    milestone_id  BIGINT        NOT NULL PRIMARY KEY,
    CONSTRAINT fk_exemplary_list_request FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE
);

-- IF NOT EXISTS: this step may run again after the table above was dropped (DatabaseTest steps the schema back).
CREATE TABLE IF NOT EXISTS exemplary_list_received (
    milestone_id  BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    received_on   DATE          NOT NULL,
    document      VARCHAR(500),
    CONSTRAINT pk_exemplary_list_received PRIMARY KEY (milestone_id, unit_id),
    CONSTRAINT fk_exemplary_list_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE,
    CONSTRAINT fk_exemplary_list_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
