-- Time limits as dated data (issue #8): processing limits (thời hạn giải quyết) counted in days or working days,
-- and the yearly submission dates of the Ministry of Home Affairs (Bộ Nội vụ) as milestones. Counting follows
-- Bộ luật Dân sự 2015 Điều 147 (the day of the event is not counted) and Điều 148 (a period ending on a day off
-- ends at the end of the next working day). Source: shared/docs/domain-law.md §5.1, §5.5, §7.
CREATE TABLE legal_time_limit (
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    award_code    VARCHAR(30),
    amount        INTEGER,
    unit          VARCHAR(15),
    month_of_year INTEGER,
    day_of_month  INTEGER,
    year_offset   INTEGER,
    valid_from    DATE          NOT NULL,
    valid_to      DATE,
    legal_ref     VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_legal_time_limit PRIMARY KEY (code, valid_from),
    CONSTRAINT ck_legal_time_limit_kind CHECK (kind IN ('THOI_HAN', 'HAN_NOP_HANG_NAM')),
    CONSTRAINT ck_legal_time_limit_shape CHECK (
        (kind = 'THOI_HAN' AND amount > 0 AND unit IN ('NGAY', 'NGAY_LAM_VIEC') AND month_of_year IS NULL)
        OR (kind = 'HAN_NOP_HANG_NAM' AND month_of_year BETWEEN 1 AND 12 AND day_of_month BETWEEN 1 AND 31
            AND year_offset BETWEEN 0 AND 2 AND amount IS NULL)),
    CONSTRAINT ck_legal_time_limit_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT fk_legal_time_limit_award FOREIGN KEY (award_code) REFERENCES award_kind (code)
);
COMMENT ON TABLE legal_time_limit IS 'Thời hạn giải quyết (ngày, ngày làm việc) và hạn nộp hằng năm của Bộ Nội vụ, theo thời gian hiệu lực; year_offset: 0 = năm thành tích, 1 = năm sau';

INSERT INTO legal_time_limit (code, name, kind, award_code, amount, unit, month_of_year, day_of_month, year_offset,
                              valid_from, valid_to, legal_ref) VALUES
('THAM_DINH', 'Thẩm định hồ sơ đề nghị khen thưởng (từ khi nhận đủ hồ sơ)', 'THOI_HAN', NULL, 20, 'NGAY_LAM_VIEC',
    NULL, NULL, NULL, DATE '2024-01-01', DATE '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 32 khoản 2 [V2]'),
('THAM_DINH', 'Thẩm định hồ sơ đề nghị khen thưởng (từ khi nhận đủ hồ sơ)', 'THOI_HAN', NULL, 20, 'NGAY_LAM_VIEC',
    NULL, NULL, NULL, DATE '2025-07-01', NULL, 'QĐ 638/QĐ-BNV 2025 (thủ tục hành chính, 20 ngày làm việc) [V2]; Nghị định 152/2025/NĐ-CP [chưa kiểm chứng điều khoản]'),
('LAY_Y_KIEN_BNV', 'Lấy ý kiến nhân dân trên Cổng thông tin điện tử Bộ Nội vụ', 'THOI_HAN', NULL, 10, 'NGAY_LAM_VIEC',
    NULL, NULL, NULL, DATE '2024-01-01', NULL, 'Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2 [V]; Nghị định 152/2025/NĐ-CP giữ nguyên [chưa kiểm chứng]'),
('NOP_CSTD_TQ', 'Hồ sơ đề nghị "Chiến sĩ thi đua toàn quốc" gửi Bộ Nội vụ', 'HAN_NOP_HANG_NAM', 'CSTD_TQ', NULL, NULL,
    12, 31, 1, DATE '2024-01-01', NULL, 'Nghị định 98/2023/NĐ-CP, Điều 33 [V2]; Nghị định 152/2025/NĐ-CP [chưa kiểm chứng điều khoản]'),
('NOP_CO_TD_CP', 'Hồ sơ đề nghị "Cờ thi đua của Chính phủ" gửi Bộ Nội vụ', 'HAN_NOP_HANG_NAM', 'CO_TD_CP', NULL, NULL,
    6, 30, 1, DATE '2024-01-01', NULL, 'Nghị định 98/2023/NĐ-CP, Điều 32 [V2] (ngành giáo dục: 31/12); Nghị định 152/2025/NĐ-CP [chưa kiểm chứng điều khoản]'),
('BAO_CAO_THONG_KE', 'Báo cáo thống kê thi đua, khen thưởng (biểu 0601.N, 0602.N, 0603.N) gửi Bộ Nội vụ', 'HAN_NOP_HANG_NAM',
    NULL, NULL, NULL, 12, 15, 0, DATE '2023-03-23', NULL, 'Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ) [V2]');
