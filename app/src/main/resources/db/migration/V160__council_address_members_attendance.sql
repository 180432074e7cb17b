-- Issue #12: the council's địa danh and the authority its Tờ trình addresses per deciding level (so a generated
-- meeting document dates and addresses itself without guessing from the authority's name), members chosen from the
-- Cán bộ (person_id; an outside member keeps only the typed name), and "Vắng không lý do" in the attendance.

ALTER TABLE council ADD COLUMN place VARCHAR(100);
COMMENT ON COLUMN council.place IS 'Địa danh ghi ở dòng ngày tháng của văn bản Hội đồng (ví dụ: Hưng Yên); trống: lấy theo tên cơ quan';

CREATE TABLE council_addressee (
    council_id      BIGINT       NOT NULL,
    deciding_level  VARCHAR(30)  NOT NULL,
    addressee       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_council_addressee PRIMARY KEY (council_id, deciding_level),
    CONSTRAINT fk_council_addressee_council FOREIGN KEY (council_id) REFERENCES council (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_addressee_level FOREIGN KEY (deciding_level) REFERENCES deciding_level (code)
);
COMMENT ON TABLE council_addressee IS 'Người có thẩm quyền Hội đồng trình (Kính gửi của Tờ trình) theo từng cấp quyết định';

ALTER TABLE council_member ADD COLUMN person_id BIGINT;
ALTER TABLE council_member ADD CONSTRAINT fk_council_member_person FOREIGN KEY (person_id) REFERENCES person (id)
    ON DELETE SET NULL;
CREATE INDEX ix_council_member_person ON council_member (person_id);
COMMENT ON COLUMN council_member.person_id IS 'Cán bộ trong cơ sở dữ liệu; trống với thành viên ngoài cơ quan (chỉ ghi họ tên)';

ALTER TABLE meeting_attendance DROP CONSTRAINT ck_meeting_attendance_status;
ALTER TABLE meeting_attendance ADD CONSTRAINT ck_meeting_attendance_status
    CHECK (status IN ('CO_MAT', 'VANG_CO_LY_DO', 'VANG_CO_Y_KIEN', 'VANG_KHONG_LY_DO'));
