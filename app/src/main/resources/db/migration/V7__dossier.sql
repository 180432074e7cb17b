-- Hồ sơ đề nghị khen thưởng: one dossier proposes one title or form for one or more subjects to a deciding level,
-- under the regime in force when it is opened. Its components (thành phần hồ sơ) come from a dated checklist kept
-- as data; generated components are written by the app, the others are attached files stored in the data folder.
-- Source: shared/docs/domain-law.md §2, §3, §5.1–5.5; forms.md §2.
-- Legal references carry the verification label of domain-law.md: [V] verified, [V2] secondary source, [B] believed.

-- Same codes and periods as review_regime of the year-end review, so both features name a regime alike.
CREATE TABLE dossier_regime (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    legal_ref   VARCHAR(500) NOT NULL,
    CONSTRAINT ck_dossier_regime_dates CHECK (valid_to IS NULL OR valid_from <= valid_to)
);
COMMENT ON TABLE dossier_regime IS 'Chế độ pháp lý áp dụng cho hồ sơ theo ngày lập (nghị định hướng dẫn Luật Thi đua, khen thưởng)';

INSERT INTO dossier_regime (code, name, valid_from, valid_to, legal_ref) VALUES
('LUAT2003_ND91',  'Nghị định 91/2017/NĐ-CP',  DATE '2017-07-31', DATE '2023-12-31', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); Nghị định 91/2017/NĐ-CP; Thông tư 12/2019/TT-BNV'),
('LUAT2022_ND98',  'Nghị định 98/2023/NĐ-CP',  DATE '2024-01-01', DATE '2025-06-30', 'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP'),
('LUAT2022_ND152', 'Nghị định 152/2025/NĐ-CP', DATE '2025-07-01', NULL,              'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP (Điều 59 khoản 1: hiệu lực 01/07/2025)');

-- Deciding levels and the public-notice period (công khai) before the dossier goes up, in working days.
CREATE TABLE deciding_level (
    code                VARCHAR(30)  PRIMARY KEY,
    name                VARCHAR(300) NOT NULL,
    notice_working_days INTEGER      NOT NULL,
    seq                 INTEGER      NOT NULL,
    legal_ref           VARCHAR(500) NOT NULL,
    CONSTRAINT ck_deciding_level_notice CHECK (notice_working_days >= 0)
);
COMMENT ON TABLE deciding_level IS 'Cấp quyết định khen thưởng và số ngày làm việc công khai danh sách trước khi trình';

INSERT INTO deciding_level (code, name, notice_working_days, seq, legal_ref) VALUES
('CHU_TICH_NUOC',      'Chủ tịch nước',                 10, 10, 'NĐ 98/2023/NĐ-CP Điều 46 khoản 2; Bộ Nội vụ lấy ý kiến 10 ngày làm việc [V]; NĐ 152/2025 [B] giữ nguyên'),
('THU_TUONG',          'Thủ tướng Chính phủ',           10, 20, 'NĐ 98/2023/NĐ-CP Điều 46 khoản 2; Bộ Nội vụ lấy ý kiến 10 ngày làm việc [V]; NĐ 152/2025 [B] giữ nguyên'),
('CHU_TICH_UBND_TINH', 'Chủ tịch UBND tỉnh',             5, 30, 'Luật Thi đua, khen thưởng 2022 Điều 84 khoản 5 [V2]; số ngày do tỉnh quy định [B] – cấu hình được'),
('GIAM_DOC_SO',        'Giám đốc Sở',                    5, 40, 'Luật Thi đua, khen thưởng 2022 Điều 84 khoản 5 [V2]; số ngày do tỉnh quy định [B] – cấu hình được'),
('CHU_TICH_UBND_XA',   'Chủ tịch UBND cấp xã',           5, 50, 'Luật Thi đua, khen thưởng 2022 Điều 84 khoản 5 [V2]; số ngày do tỉnh quy định [B] – cấu hình được');

-- Days off on weekdays (NGHI) and Saturdays worked in exchange (LAM_BU) for cán bộ, công chức, viên chức;
-- Bộ luật Lao động 2019 Điều 112 plus the yearly schedule of the Government. Editable: [B] rows must be
-- checked against the schedule announced for that year.
CREATE TABLE public_holiday (
    holiday_date DATE        PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    legal_ref   VARCHAR(500) NOT NULL,
    CONSTRAINT ck_public_holiday_kind CHECK (kind IN ('NGHI', 'LAM_BU'))
);
COMMENT ON TABLE public_holiday IS 'Ngày nghỉ lễ, Tết rơi vào ngày làm việc và ngày làm bù, dùng để tính ngày làm việc';

INSERT INTO public_holiday (holiday_date, kind, name, legal_ref) VALUES
(DATE '2024-01-01', 'NGHI',   'Tết Dương lịch',                                'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2024-02-08', 'NGHI',   'Tết Nguyên đán Giáp Thìn',                      'Lịch nghỉ Tết 2024: 08/02 – 14/02/2024 [V]'),
(DATE '2024-02-09', 'NGHI',   'Tết Nguyên đán Giáp Thìn',                      'Lịch nghỉ Tết 2024: 08/02 – 14/02/2024 [V]'),
(DATE '2024-02-12', 'NGHI',   'Tết Nguyên đán Giáp Thìn',                      'Lịch nghỉ Tết 2024: 08/02 – 14/02/2024 [V]'),
(DATE '2024-02-13', 'NGHI',   'Tết Nguyên đán Giáp Thìn',                      'Lịch nghỉ Tết 2024: 08/02 – 14/02/2024 [V]'),
(DATE '2024-02-14', 'NGHI',   'Tết Nguyên đán Giáp Thìn',                      'Lịch nghỉ Tết 2024: 08/02 – 14/02/2024 [V]'),
(DATE '2024-04-18', 'NGHI',   'Giỗ Tổ Hùng Vương (10/3 âm lịch)',              'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2024-04-29', 'NGHI',   'Nghỉ hoán đổi dịp 30/4 – 01/5',                 'CV 2450/VPCP-KGVX (12/04/2024): nghỉ 27/4 – 01/5, làm bù 04/5/2024 [V]'),
(DATE '2024-04-30', 'NGHI',   'Ngày Chiến thắng 30/4',                         'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2024-05-01', 'NGHI',   'Ngày Quốc tế Lao động 01/5',                    'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2024-05-04', 'LAM_BU', 'Làm bù cho ngày nghỉ 29/4/2024',                'CV 2450/VPCP-KGVX (12/04/2024) [V]'),
(DATE '2024-09-02', 'NGHI',   'Quốc khánh 02/9',                               'Lịch nghỉ Quốc khánh 2024: 31/8 – 03/9 [V]'),
(DATE '2024-09-03', 'NGHI',   'Quốc khánh (ngày liền kề)',                     'Lịch nghỉ Quốc khánh 2024: 31/8 – 03/9 [V]'),
(DATE '2025-01-01', 'NGHI',   'Tết Dương lịch',                                'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2025-01-27', 'NGHI',   'Tết Nguyên đán Ất Tỵ',                          'Lịch nghỉ Tết 2025: 25/01 – 02/02/2025 [V]'),
(DATE '2025-01-28', 'NGHI',   'Tết Nguyên đán Ất Tỵ',                          'Lịch nghỉ Tết 2025: 25/01 – 02/02/2025 [V]'),
(DATE '2025-01-29', 'NGHI',   'Tết Nguyên đán Ất Tỵ',                          'Lịch nghỉ Tết 2025: 25/01 – 02/02/2025 [V]'),
(DATE '2025-01-30', 'NGHI',   'Tết Nguyên đán Ất Tỵ',                          'Lịch nghỉ Tết 2025: 25/01 – 02/02/2025 [V]'),
(DATE '2025-01-31', 'NGHI',   'Tết Nguyên đán Ất Tỵ',                          'Lịch nghỉ Tết 2025: 25/01 – 02/02/2025 [V]'),
(DATE '2025-02-08', 'LAM_BU', 'Làm bù cho ngày nghỉ 27/01/2025',               'Lịch nghỉ Tết 2025 [B] – kiểm tra lại'),
(DATE '2025-04-07', 'NGHI',   'Giỗ Tổ Hùng Vương (10/3 âm lịch)',              'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2025-04-26', 'LAM_BU', 'Làm bù cho ngày nghỉ 02/5/2025',                'Lịch nghỉ 30/4 – 01/5/2025: nghỉ 30/4 – 04/5, làm bù 26/4 [V]'),
(DATE '2025-04-30', 'NGHI',   'Ngày Chiến thắng 30/4',                         'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2025-05-01', 'NGHI',   'Ngày Quốc tế Lao động 01/5',                    'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2025-05-02', 'NGHI',   'Nghỉ hoán đổi dịp 30/4 – 01/5',                 'Lịch nghỉ 30/4 – 01/5/2025 [V]'),
(DATE '2025-09-01', 'NGHI',   'Quốc khánh (ngày liền kề)',                     'Lịch nghỉ Quốc khánh 2025: 30/8 – 02/9 [V]'),
(DATE '2025-09-02', 'NGHI',   'Quốc khánh 02/9',                               'Lịch nghỉ Quốc khánh 2025: 30/8 – 02/9 [V]'),
(DATE '2026-01-01', 'NGHI',   'Tết Dương lịch',                                'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2026-01-02', 'NGHI',   'Nghỉ hoán đổi dịp Tết Dương lịch',              'CV 12729/VPCP-KGVX: nghỉ 01/01 – 04/01/2026, làm bù 10/01/2026 [V]'),
(DATE '2026-01-10', 'LAM_BU', 'Làm bù cho ngày nghỉ 02/01/2026',               'CV 12729/VPCP-KGVX [V]'),
(DATE '2026-02-16', 'NGHI',   'Tết Nguyên đán Bính Ngọ',                       'Lịch nghỉ Tết 2026: 14/02 – 22/02/2026 [V]'),
(DATE '2026-02-17', 'NGHI',   'Tết Nguyên đán Bính Ngọ',                       'Lịch nghỉ Tết 2026: 14/02 – 22/02/2026 [V]'),
(DATE '2026-02-18', 'NGHI',   'Tết Nguyên đán Bính Ngọ',                       'Lịch nghỉ Tết 2026: 14/02 – 22/02/2026 [V]'),
(DATE '2026-02-19', 'NGHI',   'Tết Nguyên đán Bính Ngọ',                       'Lịch nghỉ Tết 2026: 14/02 – 22/02/2026 [V]'),
(DATE '2026-02-20', 'NGHI',   'Tết Nguyên đán Bính Ngọ',                       'Lịch nghỉ Tết 2026: 14/02 – 22/02/2026 [V]'),
(DATE '2026-04-27', 'NGHI',   'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)',  'Bộ luật Lao động 2019 Điều 111 khoản 3, Điều 112 [B] – kiểm tra lại'),
(DATE '2026-04-30', 'NGHI',   'Ngày Chiến thắng 30/4',                         'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2026-05-01', 'NGHI',   'Ngày Quốc tế Lao động 01/5',                    'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2026-09-01', 'NGHI',   'Quốc khánh (ngày liền kề)',                     'Bộ luật Lao động 2019 Điều 112 [B] – ngày liền kề do Chính phủ chọn, kiểm tra lại'),
(DATE '2026-09-02', 'NGHI',   'Quốc khánh 02/9',                               'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2027-01-01', 'NGHI',   'Tết Dương lịch',                                'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2027-02-05', 'NGHI',   'Tết Nguyên đán Đinh Mùi',                       'Bộ luật Lao động 2019 Điều 112 [B] – lịch nghỉ năm 2027 chưa công bố, kiểm tra lại'),
(DATE '2027-02-08', 'NGHI',   'Tết Nguyên đán Đinh Mùi',                       'Bộ luật Lao động 2019 Điều 112 [B] – lịch nghỉ năm 2027 chưa công bố, kiểm tra lại'),
(DATE '2027-02-09', 'NGHI',   'Tết Nguyên đán Đinh Mùi',                       'Bộ luật Lao động 2019 Điều 112 [B] – lịch nghỉ năm 2027 chưa công bố, kiểm tra lại'),
(DATE '2027-02-10', 'NGHI',   'Nghỉ bù Tết Nguyên đán (trùng thứ Bảy)',        'Bộ luật Lao động 2019 Điều 111 khoản 3 [B] – kiểm tra lại'),
(DATE '2027-02-11', 'NGHI',   'Nghỉ bù Tết Nguyên đán (trùng Chủ nhật)',       'Bộ luật Lao động 2019 Điều 111 khoản 3 [B] – kiểm tra lại'),
(DATE '2027-04-16', 'NGHI',   'Giỗ Tổ Hùng Vương (10/3 âm lịch)',              'Bộ luật Lao động 2019 Điều 112 [B] – ngày âm lịch quy đổi, kiểm tra lại'),
(DATE '2027-04-30', 'NGHI',   'Ngày Chiến thắng 30/4',                         'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2027-05-03', 'NGHI',   'Nghỉ bù Quốc tế Lao động (01/5 là thứ Bảy)',    'Bộ luật Lao động 2019 Điều 111 khoản 3 [B] – kiểm tra lại'),
(DATE '2027-09-02', 'NGHI',   'Quốc khánh 02/9',                               'Bộ luật Lao động 2019 Điều 112 [V]'),
(DATE '2027-09-03', 'NGHI',   'Quốc khánh (ngày liền kề)',                     'Bộ luật Lao động 2019 Điều 112 [B] – ngày liền kề do Chính phủ chọn, kiểm tra lại');

-- Kinds of component. generated = the app writes it (forms.md §2 document id in form_id); the others are
-- attached files (scans, PDFs) — a generated component may also be attached once signed.
CREATE TABLE dossier_component (
    code        VARCHAR(30)  PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    generated   BOOLEAN      NOT NULL,
    form_id     VARCHAR(30)
);
COMMENT ON TABLE dossier_component IS 'Loại thành phần hồ sơ: do phần mềm lập (tờ trình, báo cáo, biên bản) hoặc tệp đính kèm';

INSERT INTO dossier_component (code, name, generated, form_id) VALUES
('TO_TRINH',        'Tờ trình đề nghị khen thưởng (kèm danh sách)',                                           TRUE,  'TTR_DENGHI'),
('BCTT',            'Báo cáo thành tích của cá nhân/tập thể, có xác nhận của cấp trình khen thưởng',         TRUE,  'BCTT'),
('BCTT_TOM_TAT',    'Báo cáo tóm tắt thành tích, có xác nhận của thủ trưởng cấp trình',                       TRUE,  'BCTT_TOMTAT'),
('BB_BINH_XET',     'Biên bản bình xét thi đua của Hội đồng Thi đua - Khen thưởng cấp trình',                TRUE,  'BB_HOP_HĐ'),
('BB_XET_KT',       'Biên bản xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình',                 TRUE,  'BB_HOP_HĐ'),
('KQ_BO_PHIEU',     'Kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng (biên bản kiểm phiếu)',         TRUE,  'BB_KIEMPHIEU'),
('CN_SANG_KIEN',    'Chứng nhận sáng kiến, đề tài, đề án khoa học được công nhận ở cơ sở',                   FALSE, NULL),
('XN_HTXSNV',       'Xác nhận hoàn thành xuất sắc nhiệm vụ (kết quả đánh giá, xếp loại)',                    FALSE, NULL),
('CN_SANG_KIEN_TINH', 'Chứng nhận của Chủ tịch UBND tỉnh về sáng kiến, đề tài có phạm vi ảnh hưởng trong tỉnh', FALSE, NULL),
('CN_SANG_KIEN_TQ', 'Chứng nhận sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc',                           FALSE, NULL),
('VB_BTV_TINH_UY',  'Văn bản ý kiến của Ban Thường vụ Tỉnh ủy',                                               FALSE, NULL),
('XN_THANH_TICH',   'Văn bản xác nhận thành tích đột xuất, giải thưởng hoặc đóng góp (nếu có)',              FALSE, NULL),
('VB_KHAC',         'Văn bản, giấy tờ liên quan khác',                                                         FALSE, NULL);

-- Checklist rules: which component a dossier needs under a regime and procedure, for one award (award_code),
-- a category of awards (DANH_HIEU / HINH_THUC) or every award (both NULL); the most specific rule of a
-- component wins. Required components sharing a choice_group are alternatives (one of them is enough).
-- needed_at = the status from which the component must be present (the council's biên bản and vote exist
-- only after the meeting, so they are needed when the dossier goes up, not when it is first complete).
CREATE TABLE dossier_requirement (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    regime_code     VARCHAR(20)  NOT NULL,
    procedure       VARCHAR(10)  NOT NULL,
    award_code      VARCHAR(30),
    category        VARCHAR(10),
    component_code  VARCHAR(30)  NOT NULL,
    required        BOOLEAN      NOT NULL,
    choice_group    VARCHAR(30),
    needed_at       VARCHAR(20)  NOT NULL,
    seq             INTEGER      NOT NULL,
    legal_ref       VARCHAR(500) NOT NULL,
    CONSTRAINT ck_dossier_requirement_procedure CHECK (procedure IN ('THUONG', 'DON_GIAN')),
    CONSTRAINT ck_dossier_requirement_category CHECK (category IS NULL OR category IN ('DANH_HIEU', 'HINH_THUC')),
    CONSTRAINT ck_dossier_requirement_needed CHECK (needed_at IN ('DU_HO_SO', 'DE_NGHI_CAP_TREN')),
    CONSTRAINT fk_dossier_requirement_regime FOREIGN KEY (regime_code) REFERENCES dossier_regime (code) ON DELETE CASCADE,
    CONSTRAINT fk_dossier_requirement_award FOREIGN KEY (award_code) REFERENCES award_kind (code) ON DELETE CASCADE,
    CONSTRAINT fk_dossier_requirement_component FOREIGN KEY (component_code) REFERENCES dossier_component (code)
);
COMMENT ON TABLE dossier_requirement IS 'Thành phần hồ sơ bắt buộc/không bắt buộc theo chế độ, thủ tục và danh hiệu/hình thức';
CREATE INDEX ix_dossier_requirement ON dossier_requirement (regime_code, procedure);

-- NĐ 98/2023 and NĐ 152/2025 (the NĐ 152 dossier articles are not verified: believed carried over from NĐ 98).
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref)
SELECT r.code, 'THUONG', v.award, v.category, v.component, v.required, v.choice, v.needed, v.seq, v.ref || r.suffix
FROM (VALUES
    (CAST(NULL AS VARCHAR(30)), CAST(NULL AS VARCHAR(10)), 'TO_TRINH', TRUE, CAST(NULL AS VARCHAR(30)), 'DU_HO_SO', 10,
        'Luật TĐKT 2022 Điều 84 khoản 1a, 2a [V2]; tờ trình Mẫu số 01'),
    (NULL, NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20,
        'Luật TĐKT 2022 Điều 84 khoản 1b, 2b [V2]; có xác nhận của cấp trình khen thưởng'),
    (NULL, 'DANH_HIEU', 'BB_BINH_XET', TRUE, NULL, 'DE_NGHI_CAP_TREN', 30,
        'Luật TĐKT 2022 Điều 84 khoản 1c [V2]'),
    (NULL, 'HINH_THUC', 'BB_XET_KT', TRUE, NULL, 'DE_NGHI_CAP_TREN', 30,
        'Luật TĐKT 2022 Điều 84 khoản 2c [V2]; TTHC Bằng khen tỉnh (01 bộ bản chính) [V]'),
    ('CSTDCS', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40,
        'NĐ 98/2023 Điều 30 khoản 7: bỏ phiếu kín ≥ 80 % tổng số thành viên [V2]; QĐ 638/QĐ-BNV 2025 [V2]'),
    ('CSTD_TINH', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40,
        'NĐ 98/2023 Điều 30 khoản 7: bỏ phiếu kín ≥ 90 % tổng số thành viên [V2]; NĐ 98 Điều 34 khoản 2 [V2]'),
    ('CSTD_TQ', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40,
        'NĐ 98/2023 Điều 30 khoản 7: bỏ phiếu kín ≥ 90 % tổng số thành viên [V2]; NĐ 98 Điều 33 [V2]'),
    ('CO_TD_TINH', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40,
        'NĐ 98/2023 Điều 30 khoản 7: bỏ phiếu kín ≥ 80 % tổng số thành viên [V2]; NĐ 98 Điều 34 khoản 2 [V2]'),
    ('CO_TD_CP', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40,
        'NĐ 98/2023 Điều 30 khoản 7: bỏ phiếu kín ≥ 80 % tổng số thành viên [V2]'),
    ('CSTDCS', NULL, 'CN_SANG_KIEN', TRUE, 'THANH_TICH_CSTDCS', 'DU_HO_SO', 50,
        'Luật TĐKT 2022 Điều 23, Điều 84 khoản 1d [V2]: sáng kiến/đề tài hoặc hoàn thành xuất sắc nhiệm vụ'),
    ('CSTDCS', NULL, 'XN_HTXSNV', TRUE, 'THANH_TICH_CSTDCS', 'DU_HO_SO', 51,
        'Luật TĐKT 2022 Điều 23 [V2]; QĐ 638/QĐ-BNV 2025 (chứng nhận sáng kiến/đề tài/HTXSNV) [V2]'),
    ('CSTD_TINH', NULL, 'CN_SANG_KIEN_TINH', TRUE, NULL, 'DU_HO_SO', 50,
        'Luật TĐKT 2022 Điều 22 khoản 2, Điều 84 khoản 1d [V2]; NĐ 98 Điều 34 khoản 2 [V2]'),
    ('CSTD_TQ', NULL, 'CN_SANG_KIEN_TQ', TRUE, NULL, 'DU_HO_SO', 50,
        'Luật TĐKT 2022 Điều 21, Điều 84 khoản 1d [V2]; NĐ 98 Điều 33 [V2]'),
    ('CSTD_TQ', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60,
        'Quy chế tỉnh (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 5 khoản 1a) [V] – tỉnh có thể quy định khác'),
    ('BK_TTG', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60,
        'Quy chế tỉnh (QĐ 86/2025/QĐ-UBND Bắc Ninh: hình thức từ Bằng khen Thủ tướng trở lên) [B] – tỉnh có thể quy định khác'),
    ('HCLD_BA', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60,
        'Quy chế tỉnh (QĐ 86/2025/QĐ-UBND Bắc Ninh) [V]: cá nhân thuộc diện Ban Thường vụ quản lý'),
    ('HCLD_NHI', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60,
        'Quy chế tỉnh (QĐ 86/2025/QĐ-UBND Bắc Ninh) [V]: cá nhân thuộc diện Ban Thường vụ quản lý'),
    ('HCLD_NHAT', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60,
        'Quy chế tỉnh (QĐ 86/2025/QĐ-UBND Bắc Ninh) [V]: cá nhân thuộc diện Ban Thường vụ quản lý'),
    (NULL, 'HINH_THUC', 'XN_THANH_TICH', FALSE, NULL, 'DU_HO_SO', 70,
        'Luật TĐKT 2022 Điều 84 khoản 2d [V2]'),
    (NULL, NULL, 'VB_KHAC', FALSE, NULL, 'DU_HO_SO', 90,
        'NĐ 98/2023 Điều 30 (văn bản liên quan) [V2]')
) AS v(award, category, component, required, choice, needed, seq, ref)
CROSS JOIN (VALUES
    ('LUAT2022_ND98', ''),
    ('LUAT2022_ND152', ' — theo NĐ 152/2025 [B] giữ như NĐ 98/2023, chưa đối chiếu')
) AS r(code, suffix);

-- NĐ 91/2017 (until 31/12/2023): secret ballot only for CSTĐ tỉnh and CSTĐ toàn quốc; CSTĐCS needed an initiative
-- (no HTXSNV alternative).
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref) VALUES
('LUAT2003_ND91', 'THUONG', NULL, NULL, 'TO_TRINH', TRUE, NULL, 'DU_HO_SO', 10, 'Luật TĐKT 2003 (sửa đổi 2013) Điều 84; NĐ 91/2017 [B] điều khoản chưa đối chiếu'),
('LUAT2003_ND91', 'THUONG', NULL, NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Luật TĐKT 2003 (sửa đổi 2013) Điều 84; TT 12/2019/TT-BNV mẫu báo cáo thành tích [B]'),
('LUAT2003_ND91', 'THUONG', NULL, 'DANH_HIEU', 'BB_BINH_XET', TRUE, NULL, 'DE_NGHI_CAP_TREN', 30, 'NĐ 91/2017 Điều 45 [B] điều khoản chưa đối chiếu'),
('LUAT2003_ND91', 'THUONG', NULL, 'HINH_THUC', 'BB_XET_KT', TRUE, NULL, 'DE_NGHI_CAP_TREN', 30, 'NĐ 91/2017 Điều 45 [B] điều khoản chưa đối chiếu'),
('LUAT2003_ND91', 'THUONG', 'CSTD_TINH', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40, 'NĐ 91/2017 Điều 45 khoản 8: bỏ phiếu kín ≥ 90 % [V]'),
('LUAT2003_ND91', 'THUONG', 'CSTD_TQ', NULL, 'KQ_BO_PHIEU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 40, 'NĐ 91/2017 Điều 45 khoản 8: bỏ phiếu kín ≥ 90 % [V]'),
('LUAT2003_ND91', 'THUONG', 'CSTDCS', NULL, 'CN_SANG_KIEN', TRUE, NULL, 'DU_HO_SO', 50, 'NĐ 91/2017 Điều 9 khoản 3: sáng kiến/đề tài là điều kiện [V2]'),
('LUAT2003_ND91', 'THUONG', 'CSTD_TINH', NULL, 'CN_SANG_KIEN_TINH', TRUE, NULL, 'DU_HO_SO', 50, 'Luật TĐKT 2003 (sửa đổi 2013); NĐ 91/2017 [B]'),
('LUAT2003_ND91', 'THUONG', 'CSTD_TQ', NULL, 'CN_SANG_KIEN_TQ', TRUE, NULL, 'DU_HO_SO', 50, 'NĐ 91/2017 Điều 49 (02 bộ hồ sơ) [V]'),
('LUAT2003_ND91', 'THUONG', 'CSTD_TQ', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60, 'Quy chế tỉnh [B] – tỉnh có thể quy định khác'),
('LUAT2003_ND91', 'THUONG', 'BK_TTG', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60, 'Quy chế tỉnh [B] – tỉnh có thể quy định khác'),
('LUAT2003_ND91', 'THUONG', 'HCLD_BA', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60, 'Quy chế tỉnh [B] – tỉnh có thể quy định khác'),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHI', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60, 'Quy chế tỉnh [B] – tỉnh có thể quy định khác'),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHAT', NULL, 'VB_BTV_TINH_UY', TRUE, NULL, 'DE_NGHI_CAP_TREN', 60, 'Quy chế tỉnh [B] – tỉnh có thể quy định khác'),
('LUAT2003_ND91', 'THUONG', NULL, 'HINH_THUC', 'XN_THANH_TICH', FALSE, NULL, 'DU_HO_SO', 70, 'Luật TĐKT 2003 (sửa đổi 2013) [B]'),
('LUAT2003_ND91', 'THUONG', NULL, NULL, 'VB_KHAC', FALSE, NULL, 'DU_HO_SO', 90, 'Văn bản liên quan [B]');

-- Thủ tục đơn giản (Luật TĐKT 2022 Điều 85; NĐ 98/2023 Điều 40; NĐ 91/2017 Điều 55): tờ trình + báo cáo tóm tắt.
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref)
SELECT r.code, 'DON_GIAN', NULL, NULL, v.component, v.required, NULL, 'DU_HO_SO', v.seq, v.ref || r.ref
FROM (VALUES
    ('TO_TRINH', TRUE, 10, 'Tờ trình — '),
    ('BCTT_TOM_TAT', TRUE, 20, 'Báo cáo tóm tắt thành tích (xác nhận của thủ trưởng cấp trình [B]) — '),
    ('VB_KHAC', FALSE, 90, 'Văn bản liên quan (không bắt buộc) — ')
) AS v(component, required, seq, ref)
CROSS JOIN (VALUES
    ('LUAT2003_ND91',  'NĐ 91/2017 Điều 55 [V]'),
    ('LUAT2022_ND98',  'Luật TĐKT 2022 Điều 85; NĐ 98/2023 Điều 40 [V2]'),
    ('LUAT2022_ND152', 'Luật TĐKT 2022 Điều 85; NĐ 152/2025 [B] giữ như NĐ 98/2023 Điều 40')
) AS r(code, ref);

CREATE TABLE dossier (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    code               VARCHAR(50)   NOT NULL,
    award_code         VARCHAR(30)   NOT NULL,
    deciding_level     VARCHAR(30)   NOT NULL,
    achievement_year   INTEGER,
    movement           VARCHAR(500),
    proposing_unit_id  BIGINT        NOT NULL,
    regime_code        VARCHAR(20)   NOT NULL,
    procedure          VARCHAR(10)   NOT NULL,
    simplified_case    VARCHAR(30),
    deadline           DATE,
    notice_start       DATE,
    status             VARCHAR(20)   NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT uq_dossier_code UNIQUE (code),
    CONSTRAINT ck_dossier_procedure CHECK (procedure IN ('THUONG', 'DON_GIAN')),
    CONSTRAINT ck_dossier_simplified CHECK ((procedure = 'THUONG' AND simplified_case IS NULL)
        OR (procedure = 'DON_GIAN' AND simplified_case IS NOT NULL)),
    CONSTRAINT ck_dossier_period CHECK (achievement_year IS NOT NULL OR movement IS NOT NULL),
    CONSTRAINT ck_dossier_status CHECK (status IN ('DU_THAO', 'DU_HO_SO', 'TRINH_HOI_DONG', 'DA_BO_PHIEU',
        'DE_NGHI_CAP_TREN', 'TRA_LAI', 'DA_CO_QUYET_DINH')),
    CONSTRAINT fk_dossier_award FOREIGN KEY (award_code) REFERENCES award_kind (code),
    CONSTRAINT fk_dossier_level FOREIGN KEY (deciding_level) REFERENCES deciding_level (code),
    CONSTRAINT fk_dossier_regime_code FOREIGN KEY (regime_code) REFERENCES dossier_regime (code)
);
COMMENT ON TABLE dossier IS 'Hồ sơ đề nghị khen thưởng: một danh hiệu/hình thức, cấp quyết định, năm thành tích hoặc phong trào, đơn vị trình';
CREATE INDEX ix_dossier_status ON dossier (status);

-- Subjects: a person or a unit of the registry (checked on every move, so deliberately without a foreign key),
-- or a household given by name and address.
CREATE TABLE dossier_subject (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    dossier_id         BIGINT        NOT NULL,
    kind               VARCHAR(12)   NOT NULL,
    person_id          BIGINT,
    unit_id            BIGINT,
    household_name     VARCHAR(300),
    household_address  VARCHAR(500),
    CONSTRAINT ck_dossier_subject CHECK (
        (kind = 'CA_NHAN' AND person_id IS NOT NULL AND unit_id IS NULL AND household_name IS NULL)
        OR (kind = 'TAP_THE' AND unit_id IS NOT NULL AND person_id IS NULL AND household_name IS NULL)
        OR (kind = 'HO_GIA_DINH' AND household_name IS NOT NULL AND person_id IS NULL AND unit_id IS NULL)),
    CONSTRAINT uq_dossier_subject_person UNIQUE (dossier_id, person_id),
    CONSTRAINT uq_dossier_subject_unit UNIQUE (dossier_id, unit_id),
    CONSTRAINT fk_dossier_subject_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_subject IS 'Cá nhân, tập thể hoặc hộ gia đình được đề nghị trong hồ sơ';
CREATE INDEX ix_dossier_subject_dossier ON dossier_subject (dossier_id);

-- Files of a dossier, stored as attachments/<dossier id>/<sha256>.<ext> under the data folder.
CREATE TABLE dossier_attachment (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    dossier_id      BIGINT        NOT NULL,
    component_code  VARCHAR(30)   NOT NULL,
    original_name   VARCHAR(500)  NOT NULL,
    stored_name     VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    generated       BOOLEAN       NOT NULL,
    added_at        TIMESTAMP     NOT NULL,
    added_by        VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_dossier_attachment UNIQUE (dossier_id, component_code, sha256),
    CONSTRAINT fk_dossier_attachment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
    CONSTRAINT fk_dossier_attachment_component FOREIGN KEY (component_code) REFERENCES dossier_component (code)
);
COMMENT ON TABLE dossier_attachment IS 'Tệp của thành phần hồ sơ: tên gốc, kích thước, mã băm SHA-256, người và thời điểm thêm';
CREATE INDEX ix_dossier_attachment_dossier ON dossier_attachment (dossier_id);

CREATE TABLE dossier_log (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    dossier_id   BIGINT        NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    note         VARCHAR(2000),
    CONSTRAINT fk_dossier_log_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_log IS 'Nhật ký chuyển trạng thái hồ sơ: từ, đến, người thực hiện, thời điểm, ghi chú';
CREATE INDEX ix_dossier_log_dossier ON dossier_log (dossier_id);
