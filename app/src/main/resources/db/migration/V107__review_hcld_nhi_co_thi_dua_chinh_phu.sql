-- Two more titles the province proposes (#8): Huân chương Lao động hạng Nhì for a person and Cờ thi đua của Chính phủ
-- for a collective, each with one rule of the engine per legal text (review_title_basis.rule_code), the legal basis per
-- regime and the parameters they read. The award kinds and their coefficients are already in V2.
-- Sources: Luật Thi đua, khen thưởng 2022 Điều 43 khoản 1 (thuvienphapluat, hỏi đáp quoting the article), Điều 25
-- (lawnet English text), Luật 2003 Điều 25 + Nghị định 91/2017/NĐ-CP Điều 11 (banthiduakhenthuongtw); the NĐ 91 wording
-- of Huân chương Lao động hạng Nhì (Điều 23) was not read and stays marked.

-- Each insert is guarded (NOT EXISTS), so the step may run again on a schema stepped back (DatabaseTest).
INSERT INTO review_title_basis (regime_code, kind_code, legal_ref, rule_code)
SELECT v.regime_code, v.kind_code, v.legal_ref, v.rule_code FROM (VALUES
('LUAT2003_ND91', 'HCLD_NHI', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 43; Nghị định 91/2017/NĐ-CP, Điều 23 [chưa kiểm chứng nguyên văn]', 'ND91_D23'),
('LUAT2022_ND98', 'HCLD_NHI', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1', 'LUAT2022_D43_K1'),
('LUAT2022_ND152', 'HCLD_NHI', 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1; Nghị định 152/2025/NĐ-CP, Điều 4', 'LUAT2022_D43_K1'),
('LUAT2003_ND91', 'CO_TD_CP', 'Luật Thi đua, khen thưởng 2003, Điều 25; Nghị định 91/2017/NĐ-CP, Điều 11 (chọn trong số tập thể được tặng Cờ thi đua cấp tỉnh)', 'ND91_D11'),
('LUAT2022_ND98', 'CO_TD_CP', 'Luật Thi đua, khen thưởng 2022, Điều 25 khoản 1, khoản 3', 'LUAT2022_D25'),
('LUAT2022_ND152', 'CO_TD_CP', 'Luật Thi đua, khen thưởng 2022, Điều 25 khoản 1, khoản 3; Nghị định 152/2025/NĐ-CP, Điều 4', 'LUAT2022_D25')
) AS v(regime_code, kind_code, legal_ref, rule_code)
WHERE NOT EXISTS (SELECT 1 FROM review_title_basis b WHERE b.regime_code = v.regime_code AND b.kind_code = v.kind_code);

-- Every regime with parameters of its own gets the new keys (the regimes that inherit read them from theirs).
INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, 'HCLD_NHI_YEARS', '5',
       CASE WHEN r.regime_code LIKE 'LUAT2003%'
            THEN 'Nghị định 91/2017/NĐ-CP, Điều 23 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'
            ELSE 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1 (liên tục từ 05 năm trở lên hoàn thành tốt nhiệm vụ trở lên)' END
FROM review_param r WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = 'HCLD_NHI_YEARS');

INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, 'HCLD_NHI_HTXSNV',
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN '0' ELSE '2' END,
       CASE WHEN r.regime_code LIKE 'LUAT2003%'
            THEN 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (02 năm HTXSNV là của Luật 2022, Điều 43 khoản 1)'
            ELSE 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1 (từ 02 năm trở lên hoàn thành xuất sắc nhiệm vụ)' END
FROM review_param r WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = 'HCLD_NHI_HTXSNV');

INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, 'HCLD_NHI_CSTD_TINH',
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN '0' ELSE '1' END,
       CASE WHEN r.regime_code LIKE 'LUAT2003%'
            THEN 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (01 lần CSTĐ cấp tỉnh là của Luật 2022, Điều 43 khoản 1)'
            ELSE 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1 (01 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh)' END
FROM review_param r WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = 'HCLD_NHI_CSTD_TINH');

INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, 'HCLD_NHI_INITIATIVES',
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN '3' ELSE '0' END,
       CASE WHEN r.regime_code LIKE 'LUAT2003%'
            THEN 'Nghị định 91/2017/NĐ-CP, Điều 23 (03 sáng kiến phạm vi cấp bộ, ngành, tỉnh) [chưa kiểm chứng nguyên văn]'
            ELSE 'Không áp dụng theo Luật 2022 (Điều 43 khoản 1 không đòi sáng kiến)' END
FROM review_param r WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = 'HCLD_NHI_INITIATIVES');

INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, 'CO_TD_CP_MOVEMENT_YEARS', '5',
       CASE WHEN r.regime_code LIKE 'LUAT2003%'
            THEN 'Không áp dụng theo Luật Thi đua, khen thưởng 2003 (tuyến phong trào chuyên đề của Thủ tướng là của Luật 2022, Điều 25 khoản 3)'
            ELSE 'Luật Thi đua, khen thưởng 2022, Điều 25 khoản 3 (phong trào thi đua theo chuyên đề do Thủ tướng Chính phủ phát động từ 05 năm trở lên)' END
FROM review_param r WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = 'CO_TD_CP_MOVEMENT_YEARS');
