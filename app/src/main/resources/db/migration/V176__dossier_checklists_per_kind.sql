-- Dossier checklists of the award kinds the review added (#8, decision 109): Huân chương Lao động hạng Ba, Nhì, Nhất
-- and Bằng khen Thủ tướng (cá nhân, tập thể), Bằng khen tỉnh (công trạng, theo đợt), the simplified procedure's cases
-- đột xuất and quá trình cống hiến. A rule may now hold for one case of the simplified procedure only.
--
-- Read: Luật 2022 Điều 84, 85 [V2]; NĐ 98/2023 Điều 33, 40, 42 (01 bộ bản chính, tệp điện tử) [V2]; NĐ 152/2025 Điều 9
-- (quá trình cống hiến: đề nghị khi có thông báo, quyết định nghỉ hưu) [V]; Mẫu số 01 (tờ trình) and 05 (báo cáo
-- thành tích cá nhân) of NĐ 152 [V2, QĐ 638/QĐ-BNV]; the appendix's 11 báo cáo templates in the order Cờ Chính phủ,
-- CSTĐ toàn quốc, tập thể công trạng, cá nhân công trạng, đột xuất, cống hiến, chuyên đề… [V]: the numbers 02–08 follow
-- that order from Mẫu 05 [not compared with the appendix]. Old regime: Huân chương 03 bộ, Bằng khen Thủ tướng 02 bộ, each
-- with the file điện tử [V]; NĐ 91's report numbers (01 tập thể, 02 cá nhân, 03 đột xuất, 04 cống hiến) [not compared].

ALTER TABLE dossier_requirement ADD COLUMN simplified_case VARCHAR(40);
COMMENT ON COLUMN dossier_requirement.simplified_case IS 'Trường hợp thủ tục đơn giản mà quy tắc áp dụng (NULL: mọi trường hợp)';

INSERT INTO dossier_component (code, name, generated, form_id) VALUES
('HS_DIEN_TU',  'Tệp điện tử của toàn bộ hồ sơ (bản quét, trừ nội dung thuộc bí mật nhà nước)',                       FALSE, NULL),
('TB_NGHI_HUU', 'Thông báo hoặc quyết định nghỉ hưu của người được đề nghị khen thưởng quá trình cống hiến',          FALSE, NULL);

-- Luật 2022 + NĐ 98/2023, NĐ 152/2025: thủ tục thường, per award.
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case)
SELECT r.code, 'THUONG', v.award, NULL, v.component, v.required, NULL, v.needed, v.seq, v.ref || r.suffix, NULL
FROM (VALUES
    ('BK_TTG', 'TO_TRINH', TRUE, 'DU_HO_SO', 10,
        'Tờ trình của Chủ tịch UBND tỉnh (Mẫu số 01), 01 bộ bản chính — NĐ 98/2023 Điều 42 [V2]'),
    ('HCLD_BA', 'TO_TRINH', TRUE, 'DU_HO_SO', 10,
        'Tờ trình của Chủ tịch UBND tỉnh (Mẫu số 01), 01 bộ bản chính — Luật TĐKT 2022 Điều 84 khoản 2 [V2]; số bộ như NĐ 98/2023 Điều 42 [B]'),
    ('HCLD_NHI', 'TO_TRINH', TRUE, 'DU_HO_SO', 10,
        'Tờ trình của Chủ tịch UBND tỉnh (Mẫu số 01), 01 bộ bản chính — Luật TĐKT 2022 Điều 84 khoản 2 [V2]; số bộ như NĐ 98/2023 Điều 42 [B]'),
    ('HCLD_NHAT', 'TO_TRINH', TRUE, 'DU_HO_SO', 10,
        'Tờ trình của Chủ tịch UBND tỉnh (Mẫu số 01), 01 bộ bản chính — Luật TĐKT 2022 Điều 84 khoản 2 [V2]; số bộ như NĐ 98/2023 Điều 42 [B]'),
    ('BK_TTG', 'BCTT', TRUE, 'DU_HO_SO', 20,
        'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 04, cá nhân Mẫu số 05 — Luật TĐKT 2022 Điều 84 khoản 2b [V2]; số mẫu 04 theo thứ tự các mẫu báo cáo [chưa đối chiếu]'),
    ('HCLD_BA', 'BCTT', TRUE, 'DU_HO_SO', 20,
        'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 04, cá nhân Mẫu số 05 — Luật TĐKT 2022 Điều 84 khoản 2b [V2]; số mẫu 04 theo thứ tự các mẫu báo cáo [chưa đối chiếu]'),
    ('HCLD_NHI', 'BCTT', TRUE, 'DU_HO_SO', 20,
        'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 04, cá nhân Mẫu số 05 — Luật TĐKT 2022 Điều 84 khoản 2b [V2]; số mẫu 04 theo thứ tự các mẫu báo cáo [chưa đối chiếu]'),
    ('HCLD_NHAT', 'BCTT', TRUE, 'DU_HO_SO', 20,
        'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 04, cá nhân Mẫu số 05 — Luật TĐKT 2022 Điều 84 khoản 2b [V2]; số mẫu 04 theo thứ tự các mẫu báo cáo [chưa đối chiếu]'),
    ('BK_TINH', 'BCTT', TRUE, 'DU_HO_SO', 20,
        'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 04, cá nhân Mẫu số 05; khen thưởng theo đợt, chuyên đề Mẫu số 08 — Luật TĐKT 2022 Điều 84 khoản 2b [V2]; số mẫu 04, 08 theo thứ tự các mẫu báo cáo [chưa đối chiếu]'),
    ('BK_TTG', 'HS_DIEN_TU', FALSE, 'DE_NGHI_CAP_TREN', 80,
        'Các tệp tin điện tử của hồ sơ gửi Bộ Nội vụ — NĐ 98/2023 Điều 33 [V2], áp dụng cho hồ sơ trình Thủ tướng [B]'),
    ('HCLD_BA', 'HS_DIEN_TU', FALSE, 'DE_NGHI_CAP_TREN', 80,
        'Các tệp tin điện tử của hồ sơ gửi Bộ Nội vụ — NĐ 98/2023 Điều 33 [V2], áp dụng cho hồ sơ trình Chủ tịch nước [B]'),
    ('HCLD_NHI', 'HS_DIEN_TU', FALSE, 'DE_NGHI_CAP_TREN', 80,
        'Các tệp tin điện tử của hồ sơ gửi Bộ Nội vụ — NĐ 98/2023 Điều 33 [V2], áp dụng cho hồ sơ trình Chủ tịch nước [B]'),
    ('HCLD_NHAT', 'HS_DIEN_TU', FALSE, 'DE_NGHI_CAP_TREN', 80,
        'Các tệp tin điện tử của hồ sơ gửi Bộ Nội vụ — NĐ 98/2023 Điều 33 [V2], áp dụng cho hồ sơ trình Chủ tịch nước [B]')
) AS v(award, component, required, needed, seq, ref)
CROSS JOIN (VALUES
    ('LUAT2022_ND98', ''),
    ('LUAT2022_ND152', ' — theo NĐ 152/2025 [B] giữ như NĐ 98/2023, chưa đối chiếu')
) AS r(code, suffix);

-- Luật 2022: thủ tục đơn giản, per case (every award).
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case)
SELECT r.code, 'DON_GIAN', NULL, NULL, v.component, v.required, NULL, 'DU_HO_SO', v.seq, v.ref || r.ref, v.sc
FROM (VALUES
    ('DOT_XUAT', 'BCTT_TOM_TAT', TRUE, 20,
        'Báo cáo tóm tắt thành tích đột xuất (Mẫu số 06), có xác nhận của thủ trưởng cấp trình [số mẫu theo thứ tự các mẫu báo cáo, chưa đối chiếu] — Luật TĐKT 2022 Điều 85 — '),
    ('CONG_HIEN_NIEN_HAN_DOI_NGOAI', 'BCTT_TOM_TAT', TRUE, 20,
        'Báo cáo tóm tắt quá trình cống hiến (Mẫu số 07): chức vụ và thời gian giữ từng chức vụ [số mẫu theo thứ tự các mẫu báo cáo, chưa đối chiếu] — Luật TĐKT 2022 Điều 85 — '),
    ('CONG_HIEN_NIEN_HAN_DOI_NGOAI', 'TB_NGHI_HUU', TRUE, 25,
        'Đề nghị khen thưởng quá trình cống hiến khi có thông báo hoặc quyết định nghỉ hưu — ')
) AS v(sc, component, required, seq, ref)
CROSS JOIN (VALUES
    ('LUAT2022_ND98', 'NĐ 98/2023 Điều 40 [V2]'),
    ('LUAT2022_ND152', 'NĐ 152/2025 Điều 9 [V]; hồ sơ như NĐ 98/2023 Điều 40 [B]')
) AS r(code, ref);

-- Luật 2003 + NĐ 91/2017 (to 31/12/2023).
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case) VALUES
('LUAT2003_ND91', 'THUONG', 'BK_TTG', NULL, 'TO_TRINH', TRUE, NULL, 'DU_HO_SO', 10, 'Tờ trình của Chủ tịch UBND tỉnh; hồ sơ 02 bộ (bản chính) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_BA', NULL, 'TO_TRINH', TRUE, NULL, 'DU_HO_SO', 10, 'Tờ trình của Chủ tịch UBND tỉnh; hồ sơ 03 bộ (bản chính) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHI', NULL, 'TO_TRINH', TRUE, NULL, 'DU_HO_SO', 10, 'Tờ trình của Chủ tịch UBND tỉnh; hồ sơ 03 bộ (bản chính) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHAT', NULL, 'TO_TRINH', TRUE, NULL, 'DU_HO_SO', 10, 'Tờ trình của Chủ tịch UBND tỉnh; hồ sơ 03 bộ (bản chính) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'BK_TTG', NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 01, cá nhân Mẫu số 02 — Phụ lục NĐ 91/2017 [chưa kiểm chứng số mẫu]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_BA', NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 01, cá nhân Mẫu số 02 — Phụ lục NĐ 91/2017 [chưa kiểm chứng số mẫu]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHI', NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 01, cá nhân Mẫu số 02 — Phụ lục NĐ 91/2017 [chưa kiểm chứng số mẫu]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHAT', NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 01, cá nhân Mẫu số 02 — Phụ lục NĐ 91/2017 [chưa kiểm chứng số mẫu]', NULL),
('LUAT2003_ND91', 'THUONG', 'BK_TINH', NULL, 'BCTT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo thành tích có xác nhận của cấp trình: tập thể Mẫu số 01, cá nhân Mẫu số 02; theo đợt, chuyên đề Mẫu số 03 — Phụ lục NĐ 91/2017 [chưa kiểm chứng số mẫu]', NULL),
('LUAT2003_ND91', 'THUONG', 'BK_TTG', NULL, 'HS_DIEN_TU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 80, 'Mỗi bộ hồ sơ kèm file điện tử (trừ nội dung bí mật nhà nước) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_BA', NULL, 'HS_DIEN_TU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 80, 'Mỗi bộ hồ sơ kèm file điện tử (trừ nội dung bí mật nhà nước) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHI', NULL, 'HS_DIEN_TU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 80, 'Mỗi bộ hồ sơ kèm file điện tử (trừ nội dung bí mật nhà nước) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'THUONG', 'HCLD_NHAT', NULL, 'HS_DIEN_TU', TRUE, NULL, 'DE_NGHI_CAP_TREN', 80, 'Mỗi bộ hồ sơ kèm file điện tử (trừ nội dung bí mật nhà nước) — số lượng hồ sơ theo NĐ 91/2017 [V]', NULL),
('LUAT2003_ND91', 'DON_GIAN', NULL, NULL, 'BCTT_TOM_TAT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo tóm tắt thành tích đột xuất (Mẫu số 03) — NĐ 91/2017 Điều 55 [V]; số mẫu [chưa kiểm chứng]', 'DOT_XUAT'),
('LUAT2003_ND91', 'DON_GIAN', NULL, NULL, 'BCTT_TOM_TAT', TRUE, NULL, 'DU_HO_SO', 20, 'Báo cáo tóm tắt quá trình cống hiến (Mẫu số 04) — NĐ 91/2017 Điều 55 [V]; số mẫu [chưa kiểm chứng]', 'CONG_HIEN_NIEN_HAN_DOI_NGOAI'),
('LUAT2003_ND91', 'DON_GIAN', NULL, NULL, 'TB_NGHI_HUU', TRUE, NULL, 'DU_HO_SO', 25, 'Đề nghị khen thưởng quá trình cống hiến khi có thông báo hoặc quyết định nghỉ hưu — NĐ 91/2017 [B]', 'CONG_HIEN_NIEN_HAN_DOI_NGOAI');

-- The two regimes that carry another's checklist: NĐ 42/2010 as NĐ 91/2017, the 2026 amendment as NĐ 152/2025 (V40).
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case)
SELECT 'LUAT2003_ND42', procedure, award_code, category, component_code, required, choice_group, needed_at, seq,
       'Như ' || legal_ref || ' — theo Nghị định 42/2010/NĐ-CP, 65/2014/NĐ-CP [chưa kiểm chứng]', simplified_case
FROM dossier_requirement
WHERE regime_code = 'LUAT2003_ND91'
  AND (simplified_case IS NOT NULL OR (award_code IN ('BK_TTG', 'HCLD_BA', 'HCLD_NHI', 'HCLD_NHAT', 'BK_TINH')
       AND component_code IN ('TO_TRINH', 'BCTT', 'HS_DIEN_TU')));
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case)
SELECT 'LUAT2026_ND152', procedure, award_code, category, component_code, required, choice_group, needed_at, seq,
       legal_ref || ' — giữ như Nghị định 152/2025/NĐ-CP cho đến khi cập nhật Luật sửa đổi 2026', simplified_case
FROM dossier_requirement
WHERE regime_code = 'LUAT2022_ND152'
  AND (simplified_case IS NOT NULL OR (award_code IN ('BK_TTG', 'HCLD_BA', 'HCLD_NHI', 'HCLD_NHAT', 'BK_TINH')
       AND component_code IN ('TO_TRINH', 'BCTT', 'HS_DIEN_TU')));
