-- The catalogue of titles and forms, with their legal basis (Luật Thi đua, khen thưởng 06/2022/QH15),
-- bonus coefficients versioned by the decree in force (NĐ 91/2017 → NĐ 98/2023 → NĐ 152/2025) and the
-- base salary (mức lương cơ sở) as a dated series. Source: shared/docs/domain-law.md §2, §3, §6.
-- rank_order orders awards from lowest to highest (used for "only the highest title is paid").

INSERT INTO award_kind (code, name, category, subject, rank_order, legal_basis) VALUES
('LDTT',       'Lao động tiên tiến',                              'DANH_HIEU', 'CA_NHAN', 10, 'Luật Thi đua, khen thưởng 2022, Điều 24'),
('GIAY_KHEN',  'Giấy khen',                                       'HINH_THUC', 'CA_HAI',  12, 'Luật Thi đua, khen thưởng 2022, Điều 75'),
('TTLDTT',     'Tập thể lao động tiên tiến',                      'DANH_HIEU', 'TAP_THE', 15, 'Luật Thi đua, khen thưởng 2022, Điều 28'),
('CSTDCS',     'Chiến sĩ thi đua cơ sở',                          'DANH_HIEU', 'CA_NHAN', 20, 'Luật Thi đua, khen thưởng 2022, Điều 23'),
('TTLDXS',     'Tập thể lao động xuất sắc',                       'DANH_HIEU', 'TAP_THE', 25, 'Luật Thi đua, khen thưởng 2022, Điều 27'),
('CSTD_TINH',  'Chiến sĩ thi đua cấp tỉnh',                       'DANH_HIEU', 'CA_NHAN', 30, 'Luật Thi đua, khen thưởng 2022, Điều 22'),
('BK_TINH',    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',     'HINH_THUC', 'CA_HAI',  32, 'Luật Thi đua, khen thưởng 2022, Điều 74'),
('CO_TD_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh',             'DANH_HIEU', 'TAP_THE', 35, 'Luật Thi đua, khen thưởng 2022, Điều 26'),
('CSTD_TQ',    'Chiến sĩ thi đua toàn quốc',                      'DANH_HIEU', 'CA_NHAN', 40, 'Luật Thi đua, khen thưởng 2022, Điều 21'),
('BK_TTG',     'Bằng khen của Thủ tướng Chính phủ',               'HINH_THUC', 'CA_HAI',  42, 'Luật Thi đua, khen thưởng 2022, Điều 73'),
('CO_TD_CP',   'Cờ thi đua của Chính phủ',                        'DANH_HIEU', 'TAP_THE', 45, 'Luật Thi đua, khen thưởng 2022, Điều 25'),
('HCLD_BA',    'Huân chương Lao động hạng Ba',                    'HINH_THUC', 'CA_HAI',  50, 'Luật Thi đua, khen thưởng 2022, Điều 44'),
('HCLD_NHI',   'Huân chương Lao động hạng Nhì',                   'HINH_THUC', 'CA_HAI',  55, 'Luật Thi đua, khen thưởng 2022, Điều 44'),
('HCLD_NHAT',  'Huân chương Lao động hạng Nhất',                  'HINH_THUC', 'CA_HAI',  60, 'Luật Thi đua, khen thưởng 2022, Điều 44');

-- Accepted spellings on import: folded (lower case, no diacritics, đ → d, single spaces).
INSERT INTO award_kind_alias (alias_key, kind_code) VALUES
('lao dong tien tien', 'LDTT'), ('ldtt', 'LDTT'),
('giay khen', 'GIAY_KHEN'),
('tap the lao dong tien tien', 'TTLDTT'), ('ttldtt', 'TTLDTT'),
('chien si thi dua co so', 'CSTDCS'), ('cstdcs', 'CSTDCS'),
('tap the lao dong xuat sac', 'TTLDXS'), ('ttldxs', 'TTLDXS'),
('chien si thi dua cap tinh', 'CSTD_TINH'), ('chien si thi dua tinh', 'CSTD_TINH'),
('chien si thi dua bo, ban, nganh, tinh', 'CSTD_TINH'), ('chien si thi dua bo ban nganh tinh', 'CSTD_TINH'), ('cstd tinh', 'CSTD_TINH'),
('bang khen cua chu tich uy ban nhan dan tinh', 'BK_TINH'), ('bang khen cua chu tich ubnd tinh', 'BK_TINH'),
('bang khen chu tich ubnd tinh', 'BK_TINH'), ('bang khen cua ubnd tinh', 'BK_TINH'), ('bang khen ubnd tinh', 'BK_TINH'),
('bang khen cap tinh', 'BK_TINH'), ('bang khen tinh', 'BK_TINH'),
('co thi dua cua uy ban nhan dan tinh', 'CO_TD_TINH'), ('co thi dua cua ubnd tinh', 'CO_TD_TINH'),
('co thi dua ubnd tinh', 'CO_TD_TINH'), ('co thi dua cap tinh', 'CO_TD_TINH'),
('chien si thi dua toan quoc', 'CSTD_TQ'), ('cstdtq', 'CSTD_TQ'),
('bang khen cua thu tuong chinh phu', 'BK_TTG'), ('bang khen thu tuong chinh phu', 'BK_TTG'), ('bang khen cua thu tuong', 'BK_TTG'),
('co thi dua cua chinh phu', 'CO_TD_CP'), ('co thi dua chinh phu', 'CO_TD_CP'),
('huan chuong lao dong hang ba', 'HCLD_BA'),
('huan chuong lao dong hang nhi', 'HCLD_NHI'),
('huan chuong lao dong hang nhat', 'HCLD_NHAT');

-- Coefficients. NĐ 91/2017 (31/07/2017 – 31/12/2023) and NĐ 98/2023 (01/01/2024 – 30/06/2025) share the values;
-- NĐ 152/2025 (from 01/07/2025) raises Bằng khen tỉnh to 1,5 (cá nhân) / 3,0 (tập thể) and sets hộ gia đình = 1,5 × cá nhân.
INSERT INTO award_coefficient (kind_code, subject, coefficient, valid_from, valid_to, legal_ref)
SELECT k.code, v.subject, v.coef, r.valid_from, r.valid_to, r.legal_ref
FROM (VALUES
    ('CSTD_TQ', 'CA_NHAN', 4.5), ('CSTD_TINH', 'CA_NHAN', 3.0), ('CSTDCS', 'CA_NHAN', 1.0), ('LDTT', 'CA_NHAN', 0.3),
    ('TTLDXS', 'TAP_THE', 1.5), ('TTLDTT', 'TAP_THE', 0.8), ('CO_TD_CP', 'TAP_THE', 12.0), ('CO_TD_TINH', 'TAP_THE', 8.0),
    ('BK_TTG', 'CA_NHAN', 3.5), ('BK_TTG', 'TAP_THE', 7.0),
    ('BK_TINH', 'CA_NHAN', 1.0), ('BK_TINH', 'TAP_THE', 2.0),
    ('GIAY_KHEN', 'CA_NHAN', 0.3), ('GIAY_KHEN', 'TAP_THE', 0.6),
    ('HCLD_BA', 'CA_NHAN', 4.5), ('HCLD_BA', 'TAP_THE', 9.0),
    ('HCLD_NHI', 'CA_NHAN', 7.5), ('HCLD_NHI', 'TAP_THE', 15.0),
    ('HCLD_NHAT', 'CA_NHAN', 9.0), ('HCLD_NHAT', 'TAP_THE', 18.0)
) AS v(kind, subject, coef)
JOIN award_kind k ON k.code = v.kind
CROSS JOIN (VALUES
    (DATE '2017-07-31', DATE '2023-12-31', 'Nghị định 91/2017/NĐ-CP, Chương VI (tiền thưởng)'),
    (DATE '2024-01-01', DATE '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Chương V Mục 2 (tiền thưởng)')
) AS r(valid_from, valid_to, legal_ref);

INSERT INTO award_coefficient (kind_code, subject, coefficient, valid_from, valid_to, legal_ref) VALUES
('CSTD_TQ',   'CA_NHAN', 4.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('CSTD_TINH', 'CA_NHAN', 3.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('CSTDCS',    'CA_NHAN', 1.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('LDTT',      'CA_NHAN', 0.3,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('TTLDXS',    'TAP_THE', 1.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('TTLDTT',    'TAP_THE', 0.8,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('CO_TD_CP',  'TAP_THE', 12.0, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('CO_TD_TINH','TAP_THE', 8.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
('HCLD_BA',   'CA_NHAN', 4.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('HCLD_BA',   'TAP_THE', 9.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('HCLD_NHI',  'CA_NHAN', 7.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('HCLD_NHI',  'TAP_THE', 15.0, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('HCLD_NHAT', 'CA_NHAN', 9.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('HCLD_NHAT', 'TAP_THE', 18.0, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
('BK_TTG',    'CA_NHAN', 3.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52'),
('BK_TTG',    'TAP_THE', 7.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52'),
('BK_TTG',    'HO_GIA_DINH', 5.25, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52 (hộ gia đình = 1,5 × cá nhân)'),
('BK_TINH',   'CA_NHAN', 1.5,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52'),
('BK_TINH',   'TAP_THE', 3.0,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52'),
('BK_TINH',   'HO_GIA_DINH', 2.25, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52 (hộ gia đình = 1,5 × cá nhân)'),
('GIAY_KHEN', 'CA_NHAN', 0.3,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52 (cá nhân suy ra từ tập thể 0,6; chưa đối chiếu)'),
('GIAY_KHEN', 'TAP_THE', 0.6,  DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52'),
('GIAY_KHEN', 'HO_GIA_DINH', 0.45, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 52 (hộ gia đình = 1,5 × cá nhân)');

INSERT INTO base_salary (amount, valid_from, valid_to, legal_ref) VALUES
(1300000, DATE '2017-07-01', DATE '2018-06-30', 'Nghị định 47/2017/NĐ-CP'),
(1390000, DATE '2018-07-01', DATE '2019-06-30', 'Nghị định 72/2018/NĐ-CP'),
(1490000, DATE '2019-07-01', DATE '2023-06-30', 'Nghị định 38/2019/NĐ-CP'),
(1800000, DATE '2023-07-01', DATE '2024-06-30', 'Nghị định 24/2023/NĐ-CP'),
(2340000, DATE '2024-07-01', DATE '2026-06-30', 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2'),
(2530000, DATE '2026-07-01', NULL,              'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2');
