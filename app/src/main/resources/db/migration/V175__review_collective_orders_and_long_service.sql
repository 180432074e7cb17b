-- The award kinds still missing from the review (#8, decisions 107–109): Huân chương Lao động hạng Nhì and hạng Nhất
-- for a collective, Bằng khen tỉnh theo đợt / chuyên đề and đột xuất for a collective, Huân chương Lao động hạng Nhì and
-- hạng Nhất for quá trình cống hiến; and the citations found wrong on a second reading.
--
-- Sources read (search, 03/12/2026): Luật 2003 sửa đổi 2013, khoản 18 Điều 1 (Điều 42 mới): HCLĐ hạng Nhất tập thể
-- "đã được tặng thưởng HCLĐ hạng nhì và 5 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ" (thuvienphapluat hỏi
-- đáp 4040F); Luật 2022 Điều 43: khoản 1 cá nhân, khoản 2 công nhân, nông dân (thuvienphapluat hỏi đáp 83A0204);
-- NĐ 152/2025 Điều 21: "điểm g khoản 1 Điều 44 Luật", điểm b Giám đốc sở "từ 06 năm đến dưới 10 năm", Phó Giám đốc sở
-- "từ 10 năm đến dưới 15 năm" (laodong.vn tư vấn pháp luật); NĐ 91/2017 Điều 38: cá nhân, công nhân nông dân, tập
-- thể, gia đình in that order (ngoisao.vn); NĐ 65/2014 Điều 23 khoản 3 điểm c (Báo Người cao tuổi). Not read: the
-- counts of Cờ thi đua of HCLĐ hạng Nhì / Nhất tập thể (Luật 2022 Điều 42, 43; NĐ 91 Điều 22, 23), the frames of NĐ 152
-- Điều 19, 20: parameters at 0 / the council's judgement (decision 107).

INSERT INTO review_title_rule (regime_code, title_code, legal_ref, rule_code) VALUES
-- Huân chương Lao động hạng Nhì, tập thể
('LUAT2003_ND91', 'HCLD_NHI_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 43 khoản 2; Nghị định 91/2017/NĐ-CP, Điều 23 [chưa kiểm chứng nguyên văn]', 'HCLD_NHI_TAP_THE'),
('LUAT2022_ND98', 'HCLD_NHI_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ khoản 1, 2 đã đọc]', 'HCLD_NHI_TAP_THE'),
('LUAT2022_ND152', 'HCLD_NHI_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ khoản 1, 2 đã đọc]; Nghị định 152/2025/NĐ-CP, Điều 4', 'HCLD_NHI_TAP_THE'),
-- Huân chương Lao động hạng Nhất, tập thể
('LUAT2003_ND91', 'HCLD_NHAT_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 42 khoản 2 điểm b; Nghị định 91/2017/NĐ-CP, Điều 22 [chưa kiểm chứng nguyên văn]', 'HCLD_NHAT_TAP_THE'),
('LUAT2022_ND98', 'HCLD_NHAT_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ cấu trúc Điều 43]', 'HCLD_NHAT_TAP_THE'),
('LUAT2022_ND152', 'HCLD_NHAT_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ cấu trúc Điều 43]; Nghị định 152/2025/NĐ-CP, Điều 4', 'HCLD_NHAT_TAP_THE'),
-- Bằng khen tỉnh theo đợt, chuyên đề, tập thể
('LUAT2003_ND91', 'BK_TINH_CHUYEN_DE_TAP_THE', 'Luật Thi đua, khen thưởng 2003, Điều 72; Nghị định 91/2017/NĐ-CP, Điều 3 khoản 2, Điều 39 [chưa kiểm chứng điều khoản]', 'BK_TINH_THEO_DOT_TAP_THE'),
('LUAT2022_ND98', 'BK_TINH_CHUYEN_DE_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 74 (tập thể: thành tích được bình xét trong phong trào thi đua); Nghị định 98/2023/NĐ-CP, Điều 4', 'BK_TINH_THEO_DOT_TAP_THE'),
('LUAT2022_ND152', 'BK_TINH_CHUYEN_DE_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 74 (tập thể: thành tích được bình xét trong phong trào thi đua); Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3', 'BK_TINH_THEO_DOT_TAP_THE'),
-- Bằng khen tỉnh đột xuất, tập thể (thủ tục đơn giản)
('LUAT2003_ND91', 'BK_TINH_DOT_XUAT_TAP_THE', 'Luật Thi đua, khen thưởng 2003, Điều 72; Nghị định 91/2017/NĐ-CP, Điều 39, Điều 55 (thủ tục đơn giản) [chưa kiểm chứng điều khoản]', 'BK_TINH_DOT_XUAT_TAP_THE'),
('LUAT2022_ND98', 'BK_TINH_DOT_XUAT_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 74 (tập thể: thành tích đột xuất), Điều 85; Nghị định 98/2023/NĐ-CP, Điều 40', 'BK_TINH_DOT_XUAT_TAP_THE'),
('LUAT2022_ND152', 'BK_TINH_DOT_XUAT_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 74 (tập thể: thành tích đột xuất), Điều 85; Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3', 'BK_TINH_DOT_XUAT_TAP_THE'),
-- Huân chương Lao động hạng Nhì, hạng Nhất: quá trình cống hiến
('LUAT2003_ND91', 'HCLD_NHI_CONG_HIEN', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 43; Nghị định 91/2017/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_NHI_CHUA_NHAP'),
('LUAT2022_ND98', 'HCLD_NHI_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1 (quá trình cống hiến lâu dài); Nghị định 98/2023/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_NHI_CHUA_NHAP'),
('LUAT2022_ND152', 'HCLD_NHI_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1 (quá trình cống hiến lâu dài); Nghị định 152/2025/NĐ-CP, Điều 4 khoản 7, Điều 9, Điều 20 [chưa kiểm chứng: khung chưa nhập], Điều 21 điểm b', 'ND152_D20'),
('LUAT2003_ND91', 'HCLD_NHAT_CONG_HIEN', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 42 khoản 1 điểm a; Nghị định 91/2017/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_NHAT_CHUA_NHAP'),
('LUAT2022_ND98', 'HCLD_NHAT_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 (quá trình cống hiến lâu dài); Nghị định 98/2023/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_NHAT_CHUA_NHAP'),
('LUAT2022_ND152', 'HCLD_NHAT_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 (quá trình cống hiến lâu dài); Nghị định 152/2025/NĐ-CP, Điều 4 khoản 7, Điều 9, Điều 19 [chưa kiểm chứng: khung chưa nhập], Điều 21 điểm b', 'ND152_D19');

-- The parameters of the new rules, for every regime with parameters of its own (the others inherit theirs).
INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, v.param_key,
       CASE WHEN r.regime_code = 'LUAT2022_ND152' THEN v.nd152_val ELSE v.old_val END,
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN v.old_ref WHEN r.regime_code = 'LUAT2022_ND152' THEN v.nd152_ref ELSE v.new_ref END
FROM review_param r
CROSS JOIN (VALUES
('HCLD_NHI_UNIT_YEARS', '5', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 43 khoản 2 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]', '5',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'),
('HCLD_NHI_UNIT_GOV_FLAGS', '0', 'Nghị định 91/2017/NĐ-CP, Điều 23: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)', '0',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)'),
('HCLD_NHI_UNIT_FLAGS', '0', 'Nghị định 91/2017/NĐ-CP, Điều 23: số lần Cờ thi đua cấp bộ, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3: số lần Cờ thi đua của bộ, ban, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)', '0',
     'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 3: số lần Cờ thi đua của bộ, ban, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)'),
('HCLD_NHAT_UNIT_YEARS', '5', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 42 khoản 2 điểm b (đã được tặng thưởng Huân chương Lao động hạng nhì và 5 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]', '5',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'),
('HCLD_NHAT_UNIT_GOV_FLAGS', '0', 'Nghị định 91/2017/NĐ-CP, Điều 22: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)', '0',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3: số lần Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)'),
('HCLD_NHAT_UNIT_FLAGS', '0', 'Nghị định 91/2017/NĐ-CP, Điều 22: số lần Cờ thi đua cấp bộ, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3: số lần Cờ thi đua của bộ, ban, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)', '0',
     'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 3: số lần Cờ thi đua của bộ, ban, ngành, tỉnh chưa nhập (0: Hội đồng đối chiếu văn bản)'),
('CONG_HIEN_GIAM_DOC_MAX_YEARS', '10', 'Không áp dụng: tiêu chuẩn cống hiến của văn bản này chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)',
     'Không áp dụng: tiêu chuẩn cống hiến của Nghị định 98/2023/NĐ-CP chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)', '10',
     'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Giám đốc sở và tương đương: từ 06 năm đến dưới 10 năm)'),
('CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS', '15', 'Không áp dụng: tiêu chuẩn cống hiến của văn bản này chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)',
     'Không áp dụng: tiêu chuẩn cống hiến của Nghị định 98/2023/NĐ-CP chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)', '15',
     'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Phó Giám đốc sở và tương đương: từ 10 năm đến dưới 15 năm)')
) AS v(param_key, old_val, old_ref, new_ref, nd152_val, nd152_ref)
WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = v.param_key);

-- Corrections (decision 108).
-- The catalogue cited Điều 44 (hạng Ba) for all three classes: hạng Nhì is Điều 43, hạng Nhất Điều 42.
UPDATE award_kind SET legal_basis = 'Luật Thi đua, khen thưởng 2022, Điều 43' WHERE code = 'HCLD_NHI';
UPDATE award_kind SET legal_basis = 'Luật Thi đua, khen thưởng 2022, Điều 42' WHERE code = 'HCLD_NHAT';
-- NĐ 152 Điều 21 điểm b gives ranges with an upper bound ("đến dưới 10 năm", "đến dưới 15 năm"), not a floor alone.
UPDATE review_param SET legal_ref = 'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Giám đốc sở và tương đương: từ 06 năm đến dưới 10 năm)'
 WHERE regime_code = 'LUAT2022_ND152' AND param_key = 'CONG_HIEN_GIAM_DOC_YEARS';
UPDATE review_param SET legal_ref = 'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Phó Giám đốc sở và tương đương: từ 10 năm đến dưới 15 năm)'
 WHERE regime_code = 'LUAT2022_ND152' AND param_key = 'CONG_HIEN_PHO_GIAM_DOC_YEARS';
-- The collective's clause: Luật 2022 Điều 43 has khoản 1 cá nhân and khoản 2 công nhân, nông dân, so the collective's
-- criteria of Điều 42, 44 and 73 (built alike) are not khoản 2; NĐ 91 Điều 38 lists cá nhân, công nhân nông dân, tập
-- thể, gia đình, so Bằng khen Thủ tướng tập thể is its khoản 3.
UPDATE review_title_rule SET legal_ref = REPLACE(legal_ref, 'Điều 44 khoản 2 [chưa kiểm chứng nguyên văn]',
        'Điều 44 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ cấu trúc Điều 43]')
 WHERE title_code = 'HCLD_BA_TAP_THE' AND regime_code LIKE 'LUAT2022%';
UPDATE review_title_rule SET legal_ref = REPLACE(legal_ref, 'Điều 73 khoản 2 [chưa kiểm chứng nguyên văn]',
        'Điều 73 khoản 3 [chưa kiểm chứng nguyên văn; khoản của tập thể suy từ cấu trúc Điều 43 và Nghị định 91/2017/NĐ-CP Điều 38]')
 WHERE title_code = 'BK_TTG_TAP_THE' AND regime_code LIKE 'LUAT2022%';
UPDATE review_title_rule SET legal_ref = 'Luật Thi đua, khen thưởng 2003, Điều 71; Nghị định 91/2017/NĐ-CP, Điều 38 khoản 3 [chưa kiểm chứng nguyên văn]'
 WHERE title_code = 'BK_TTG_TAP_THE' AND regime_code = 'LUAT2003_ND91';
UPDATE review_param SET legal_ref = REPLACE(REPLACE(legal_ref, 'Điều 73 khoản 2', 'Điều 73 khoản 3'), 'Điều 44 khoản 2', 'Điều 44 khoản 3')
 WHERE regime_code LIKE 'LUAT2022%' AND param_key IN ('BK_TTG_UNIT_YEARS', 'BK_TTG_UNIT_TTLDXS', 'HCLD_BA_UNIT_YEARS',
       'HCLD_BA_UNIT_FLAGS', 'HCLD_BA_UNIT_BK_TINH', 'HCLD_BA_UNIT_HISTORY_YEARS');
UPDATE review_param SET legal_ref = REPLACE(REPLACE(legal_ref, 'Điều 73 khoản 2', 'Điều 73 khoản 3'), 'Điều 38 khoản 2', 'Điều 38 khoản 3')
 WHERE regime_code LIKE 'LUAT2003%' AND param_key IN ('BK_TTG_UNIT_YEARS', 'BK_TTG_UNIT_TTLDXS');
