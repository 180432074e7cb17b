-- Which title rule each regime applies (#8.1): the criteria of Bằng khen tỉnh, Bằng khen Thủ tướng and Huân chương
-- Lao động hạng Ba under Luật 2003 + NĐ 91/2017 have another structure than under Luật 2022, so they are other rules
-- of the engine (vn.tdkt.review.domain.*Nd91Rule), not the 2022 parameters bent to fit. A regime without a rule code
-- for a title takes the nearest earlier regime's (a new regime inherits the rules until its text is entered).
ALTER TABLE review_title_basis ADD COLUMN rule_code VARCHAR(40);
COMMENT ON COLUMN review_title_basis.rule_code IS 'Mã tiêu chuẩn của chương trình áp dụng cho danh hiệu/hình thức theo chế độ (trống: kế thừa chế độ trước)';

UPDATE review_title_basis SET rule_code = 'ND91_BK_TINH',
       legal_ref = 'Luật Thi đua, khen thưởng 2003; Nghị định 91/2017/NĐ-CP (Bằng khen cấp bộ, ngành, tỉnh: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, 02 sáng kiến phạm vi cơ sở) [chưa kiểm chứng điều khoản]'
 WHERE regime_code = 'LUAT2003_ND91' AND kind_code = 'BK_TINH';
UPDATE review_title_basis SET rule_code = 'ND91_D38_K1C',
       legal_ref = 'Luật Thi đua, khen thưởng 2003; Nghị định 91/2017/NĐ-CP, Điều 38 khoản 1 điểm c'
 WHERE regime_code = 'LUAT2003_ND91' AND kind_code = 'BK_TTG';
UPDATE review_title_basis SET rule_code = 'ND91_D24',
       legal_ref = 'Luật Thi đua, khen thưởng 2003; Nghị định 91/2017/NĐ-CP, Điều 24 [chưa kiểm chứng nguyên văn]'
 WHERE regime_code = 'LUAT2003_ND91' AND kind_code = 'HCLD_BA';
UPDATE review_title_basis SET rule_code = 'LUAT2022_D74_K1D' WHERE regime_code LIKE 'LUAT2022%' AND kind_code = 'BK_TINH';
UPDATE review_title_basis SET rule_code = 'LUAT2022_D73_K1B' WHERE regime_code LIKE 'LUAT2022%' AND kind_code = 'BK_TTG';
UPDATE review_title_basis SET rule_code = 'LUAT2022_D44_K1E' WHERE regime_code LIKE 'LUAT2022%' AND kind_code = 'HCLD_BA';

-- NĐ 91 references of the parameters the NĐ 91 rules read; the Luật 2022 parameters they do not read say so.
UPDATE review_param SET legal_ref = 'Nghị định 91/2017/NĐ-CP (Bằng khen cấp bộ, ngành, tỉnh): 02 năm liên tục hoàn thành xuất sắc nhiệm vụ [chưa kiểm chứng điều khoản]'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'BK_TINH_HTXSNV_YEARS';
UPDATE review_param SET legal_ref = 'Nghị định 91/2017/NĐ-CP (Bằng khen cấp bộ, ngành, tỉnh): 02 sáng kiến phạm vi cơ sở [chưa kiểm chứng điều khoản]'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'BK_TINH_INITIATIVES';
UPDATE review_param SET legal_ref = 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (tuyến "02 lần liên tục CSTĐCS" là của Luật 2022, Điều 74 khoản 1 điểm d)'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'BK_TINH_CSTDCS_YEARS';
UPDATE review_param SET legal_ref = 'Nghị định 91/2017/NĐ-CP, Điều 38 khoản 1 điểm c (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'BK_TTG_YEARS';
UPDATE review_param SET legal_ref = 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (03 lần CSTĐCS là của Luật 2022, Điều 73 khoản 1 điểm b)'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'BK_TTG_CSTDCS';
UPDATE review_param SET legal_ref = 'Nghị định 91/2017/NĐ-CP, Điều 24 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'HCLD_BA_YEARS';
UPDATE review_param SET legal_ref = 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (01 năm HTXSNV là của Luật 2022, Điều 44 khoản 1 điểm e)'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'HCLD_BA_HTXSNV';
UPDATE review_param SET legal_ref = 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (03 lần CSTĐCS là của Luật 2022, Điều 44 khoản 1 điểm e)'
 WHERE regime_code = 'LUAT2003_ND91' AND param_key = 'HCLD_BA_CSTDCS';

INSERT INTO review_param (regime_code, param_key, val, legal_ref) VALUES
('LUAT2003_ND91', 'BK_TTG_INITIATIVES', '5', 'Nghị định 91/2017/NĐ-CP, Điều 38 khoản 1 điểm c (05 sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi cơ sở)'),
('LUAT2003_ND91', 'HCLD_BA_INITIATIVES', '2', 'Nghị định 91/2017/NĐ-CP, Điều 24 (02 sáng kiến phạm vi cấp bộ, ngành, tỉnh) [chưa kiểm chứng nguyên văn]'),
('LUAT2022_ND98', 'BK_TTG_INITIATIVES', '0', 'Không áp dụng theo Luật 2022 (Điều 73 khoản 1 điểm b không đòi sáng kiến)'),
('LUAT2022_ND98', 'HCLD_BA_INITIATIVES', '0', 'Không áp dụng theo Luật 2022 (Điều 44 khoản 1 điểm e không đòi sáng kiến)'),
('LUAT2022_ND152', 'BK_TTG_INITIATIVES', '0', 'Không áp dụng theo Luật 2022 (Điều 73 khoản 1 điểm b không đòi sáng kiến)'),
('LUAT2022_ND152', 'HCLD_BA_INITIATIVES', '0', 'Không áp dụng theo Luật 2022 (Điều 44 khoản 1 điểm e không đòi sáng kiến)');
