-- The council's vote on a subject of a dossier (Đạt / Không đạt / Đồng hạng), written with the tally.
CREATE TABLE dossier_subject_vote (
    subject_id  BIGINT       PRIMARY KEY,
    meeting_id  BIGINT,
    result      VARCHAR(12)  NOT NULL,
    CONSTRAINT ck_dossier_subject_vote CHECK (result IN ('DAT', 'KHONG_DAT', 'DONG_HANG')),
    CONSTRAINT fk_dossier_subject_vote_subject FOREIGN KEY (subject_id) REFERENCES dossier_subject (id) ON DELETE CASCADE,
    CONSTRAINT fk_dossier_subject_vote_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL
);
COMMENT ON TABLE dossier_subject_vote IS 'Kết quả bỏ phiếu của Hội đồng cho một đối tượng của hồ sơ: Đạt, Không đạt, Đồng hạng (tại điểm cắt)';
