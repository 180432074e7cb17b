-- The lists of exemplary models a movement's milestone asks of its units (Danh sách giới thiệu điển hình tiên tiến
-- before 20/5): which unit sent its list, on which day; a unit of the milestone without a row has not sent one.
CREATE TABLE exemplary_list_received (
    milestone_id  BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    received_on   DATE          NOT NULL,
    document      VARCHAR(500),
    CONSTRAINT pk_exemplary_list_received PRIMARY KEY (milestone_id, unit_id),
    CONSTRAINT fk_exemplary_list_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE,
    CONSTRAINT fk_exemplary_list_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
