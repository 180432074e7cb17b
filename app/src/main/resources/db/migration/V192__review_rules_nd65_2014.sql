-- The review rules of the regime before 01/10/2017 (issue #8, decisions 127–128): Luật Thi đua, khen thưởng 2003
-- (sửa đổi 2005, 2013) + Nghị định 42/2010/NĐ-CP + Nghị định 65/2014/NĐ-CP. Until now that regime reviewed with the
-- rules of NĐ 91/2017 (legal_regime.rules_of); it now has its own rows, copied from NĐ 91/2017 and corrected where the
-- text of NĐ 65/2014 was read.
--
-- Source read (search, 03/12/2026): the full text of Nghị định số 65/2014/NĐ-CP ngày 01/7/2014 (hiệu lực 20/8/2014,
-- Điều 30), as published by Trường THCS Hoàng Lương (thcshoangluong.pgdhiephoa.edu.vn/tin-tuc-thong-bao/thi-dua-khen-
-- thuong/thi-dua-khen-thuong.html, mirrored in the public repository 21ts444/thcshoangluong). Read: Điều 2 khoản 3,
-- Điều 3 khoản 1, Điều 4 khoản 1, Điều 15–17, Điều 23, Điều 24. Not read: the articles of NĐ 42/2010 that NĐ 65/2014
-- left in force, the unamended Luật 2003 wording that applied before 20/8/2014 (the regime is one row from 01/06/2010;
-- decision 128), the counts of Cờ thi đua of NĐ 91/2017 Điều 22, 23 and Luật 2022 Điều 42, 43 (they stay 0).
--
-- "[chưa kiểm chứng …]" marks what was not read; LegalRefs.forClerk strips it from every reason a clerk reads.

-- 1. The keys of the shapes read in NĐ 65/2014 ("01 Cờ thi đua của Chính phủ VÀ 01 Cờ thi đua … HOẶC 03 Cờ"; "02 Cờ
--    HOẶC 01 Cờ VÀ 02 Bằng khen"; Bằng khen Thủ tướng tập thể "có 01 lần được tặng Cờ thi đua"), for every regime that
--    has parameters of its own: 0 = the text asks none (the shapes of the other regimes are unchanged).
INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, v.param_key, '0',
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN v.old_ref ELSE v.new_ref END
FROM review_param r
CROSS JOIN (VALUES
('BK_TTG_UNIT_FLAGS',
 'Nghị định 91/2017/NĐ-CP, Điều 38 khoản 3: không có số lần Cờ thi đua [chưa kiểm chứng nguyên văn]',
 'Không áp dụng theo Luật Thi đua, khen thưởng 2022 (Điều 73: số lần Tập thể lao động xuất sắc)'),
('HCLD_BA_UNIT_FLAGS_WITH_BK',
 'Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2: Bằng khen không kèm Cờ thi đua [chưa kiểm chứng nguyên văn]',
 'Luật Thi đua, khen thưởng 2022, Điều 44: Bằng khen không kèm Cờ thi đua [chưa kiểm chứng nguyên văn]'),
('HCLD_NHI_UNIT_FLAGS_WITH_GOV',
 'Nghị định 91/2017/NĐ-CP, Điều 23: số lần Cờ thi đua cấp bộ, ngành, tỉnh cùng với Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)',
 'Luật Thi đua, khen thưởng 2022, Điều 43: số lần Cờ thi đua của bộ, ban, ngành, tỉnh cùng với Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)'),
('HCLD_NHAT_UNIT_FLAGS_WITH_GOV',
 'Nghị định 91/2017/NĐ-CP, Điều 22: số lần Cờ thi đua cấp bộ, ngành, tỉnh cùng với Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)',
 'Luật Thi đua, khen thưởng 2022, Điều 42: số lần Cờ thi đua của bộ, ban, ngành, tỉnh cùng với Cờ thi đua của Chính phủ chưa nhập (0: Hội đồng đối chiếu văn bản)')
) AS v(param_key, old_ref, new_ref)
WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = v.param_key);

-- 2. NĐ 42/2010 + NĐ 65/2014 get rows of their own: NĐ 91/2017's, marked, then corrected below.
INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT 'LUAT2003_ND42', param_key, val,
       legal_ref || ' [chưa kiểm chứng cho Nghị định 42/2010/NĐ-CP, 65/2014/NĐ-CP: giá trị của Nghị định 91/2017/NĐ-CP]'
FROM review_param WHERE regime_code = 'LUAT2003_ND91';
INSERT INTO review_title_basis (regime_code, kind_code, legal_ref, rule_code)
SELECT 'LUAT2003_ND42', kind_code,
       legal_ref || ' [chưa kiểm chứng cho Nghị định 42/2010/NĐ-CP, 65/2014/NĐ-CP]', rule_code
FROM review_title_basis WHERE regime_code = 'LUAT2003_ND91';
INSERT INTO review_title_rule (regime_code, title_code, legal_ref, rule_code)
SELECT 'LUAT2003_ND42', title_code,
       legal_ref || ' [chưa kiểm chứng cho Nghị định 42/2010/NĐ-CP, 65/2014/NĐ-CP]', rule_code
FROM review_title_rule WHERE regime_code = 'LUAT2003_ND91';

-- 3. What NĐ 65/2014 says, read (the values the engine applies and the citation a clerk reads).
CREATE TABLE tmp_v192_param (param_key VARCHAR(60) PRIMARY KEY, val VARCHAR(30) NOT NULL, ref VARCHAR(500) NOT NULL);
INSERT INTO tmp_v192_param (param_key, val, ref) VALUES
('CSTD_TQ_CSTD_TINH_TIMES', '2', 'khoản 1 Điều 3 Nghị định số 65/2014/NĐ-CP (hai lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('CSTDCS_HTXSNV_SUFFICES', 'false', 'điểm b khoản 1 Điều 4 Nghị định số 65/2014/NĐ-CP (có sáng kiến được cơ sở công nhận, đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng hoặc mưu trí, sáng tạo trong chiến đấu)'),
('CSTDCS_CAP_ENABLED', 'false', 'Điều 4 Nghị định số 65/2014/NĐ-CP: không quy định tỷ lệ (tỷ lệ 15 % là của khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP) [chưa kiểm chứng: các điều còn hiệu lực của Nghị định 42/2010/NĐ-CP]'),
('CSTDCS_CAP_PERCENT', '15', 'Không áp dụng trước Nghị định số 91/2017/NĐ-CP (Điều 4 Nghị định số 65/2014/NĐ-CP không quy định tỷ lệ)'),
('BK_TINH_HTXSNV_YEARS', '2', 'điểm c khoản 1 Điều 24 Nghị định số 65/2014/NĐ-CP (02 năm liên tục hoàn thành xuất sắc nhiệm vụ)'),
('BK_TINH_INITIATIVES', '2', 'điểm c khoản 1 Điều 24 Nghị định số 65/2014/NĐ-CP (02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở)'),
('BK_TTG_YEARS', '5', 'điểm c khoản 1 Điều 23 Nghị định số 65/2014/NĐ-CP (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'),
('BK_TTG_INITIATIVES', '5', 'điểm c khoản 1 Điều 23 Nghị định số 65/2014/NĐ-CP (05 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở)'),
('BK_TTG_UNIT_YEARS', '5', 'điểm c khoản 3 Điều 23 Nghị định số 65/2014/NĐ-CP (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'),
('BK_TTG_UNIT_FLAGS', '1', 'điểm c khoản 3 Điều 23 Nghị định số 65/2014/NĐ-CP (trong thời gian đó có 01 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương)'),
('HCLD_BA_YEARS', '5', 'điểm b khoản 1 Điều 17 Nghị định số 65/2014/NĐ-CP (05 năm tiếp theo liên tục lập được thành tích xuất sắc)'),
('HCLD_BA_INITIATIVES', '2', 'điểm b khoản 1 Điều 17 Nghị định số 65/2014/NĐ-CP (02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHI_YEARS', '5', 'điểm b khoản 1 Điều 16 Nghị định số 65/2014/NĐ-CP (05 năm tiếp theo liên tục lập được thành tích xuất sắc)'),
('HCLD_NHI_INITIATIVES', '3', 'điểm b khoản 1 Điều 16 Nghị định số 65/2014/NĐ-CP (03 sáng kiến được công nhận và áp dụng hiệu quả trong cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHAT_YEARS', '5', 'điểm b khoản 1 Điều 15 Nghị định số 65/2014/NĐ-CP (05 năm tiếp theo liên tục lập được thành tích xuất sắc)'),
('HCLD_NHAT_INITIATIVES', '4', 'điểm b khoản 1 Điều 15 Nghị định số 65/2014/NĐ-CP (04 sáng kiến được công nhận và áp dụng hiệu quả trong cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_BA_UNIT_HISTORY_YEARS', '10', 'điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP (quá trình xây dựng, phát triển từ 10 năm trở lên)'),
('HCLD_BA_UNIT_YEARS', '5', 'điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP (đã được tặng Bằng khen của Thủ tướng Chính phủ và 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'),
('HCLD_BA_UNIT_FLAGS', '2', 'điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP (02 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_BA_UNIT_FLAGS_WITH_BK', '1', 'điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP (hoặc 01 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương và 02 Bằng khen)'),
('HCLD_BA_UNIT_BK_TINH', '2', 'điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP (01 lần Cờ thi đua và 02 Bằng khen cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHI_UNIT_YEARS', '5', 'điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP (đã được tặng thưởng Huân chương Lao động hạng ba, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'),
('HCLD_NHI_UNIT_GOV_FLAGS', '1', 'điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP (01 lần được tặng Cờ thi đua của Chính phủ)'),
('HCLD_NHI_UNIT_FLAGS_WITH_GOV', '1', 'điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP (01 lần Cờ thi đua của Chính phủ và 01 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHI_UNIT_FLAGS', '3', 'điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP (hoặc có 03 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHAT_UNIT_YEARS', '5', 'điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP (đã được tặng thưởng Huân chương Lao động hạng nhì, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ)'),
('HCLD_NHAT_UNIT_GOV_FLAGS', '1', 'điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP (01 lần được tặng Cờ thi đua của Chính phủ)'),
('HCLD_NHAT_UNIT_FLAGS_WITH_GOV', '2', 'điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP (01 lần Cờ thi đua của Chính phủ và 02 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('HCLD_NHAT_UNIT_FLAGS', '4', 'điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP (hoặc có 04 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương)'),
('WOMEN_TIE_PREFERENCE', 'true', 'khoản 3 Điều 2 Nghị định số 65/2014/NĐ-CP (khi nhiều cá nhân, tập thể cùng đủ điều kiện, tiêu chuẩn thì lựa chọn cá nhân nữ và tập thể có tỷ lệ nữ từ 70 % trở lên)'),
('CONG_HIEN_WOMEN_REDUCTION', 'true', 'khoản 3 Điều 2 Nghị định số 65/2014/NĐ-CP (nữ lãnh đạo, quản lý: thời gian giữ chức vụ giảm 03 năm so với quy định chung; khung cống hiến của văn bản này chưa nhập)');
UPDATE review_param
SET val = (SELECT t.val FROM tmp_v192_param t WHERE t.param_key = review_param.param_key),
    legal_ref = (SELECT t.ref FROM tmp_v192_param t WHERE t.param_key = review_param.param_key)
WHERE regime_code = 'LUAT2003_ND42' AND param_key IN (SELECT param_key FROM tmp_v192_param);
DROP TABLE tmp_v192_param;

UPDATE review_param SET legal_ref = 'Không áp dụng theo Nghị định số 65/2014/NĐ-CP (tuyến của Luật Thi đua, khen thưởng 2022)'
WHERE regime_code = 'LUAT2003_ND42'
  AND param_key IN ('BK_TINH_CSTDCS_YEARS', 'BK_TTG_CSTDCS', 'BK_TTG_UNIT_TTLDXS', 'HCLD_BA_CSTDCS', 'HCLD_BA_HTXSNV',
                    'HCLD_NHI_CSTD_TINH', 'HCLD_NHI_HTXSNV', 'HCLD_NHAT_CSTD_TINH', 'HCLD_NHAT_HTXSNV');

-- The title bases a clerk reads for the kinds whose criteria were read in NĐ 65/2014.
CREATE TABLE tmp_v192_ref (code VARCHAR(30) PRIMARY KEY, ref VARCHAR(500) NOT NULL);
INSERT INTO tmp_v192_ref (code, ref) VALUES
('BK_TTG', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm c khoản 1 Điều 23 Nghị định số 65/2014/NĐ-CP'),
('BK_TINH', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm c khoản 1 Điều 24 Nghị định số 65/2014/NĐ-CP'),
('HCLD_BA', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 1 Điều 17 Nghị định số 65/2014/NĐ-CP'),
('HCLD_NHI', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 1 Điều 16 Nghị định số 65/2014/NĐ-CP'),
('CSTD_TQ', 'Luật Thi đua, khen thưởng 2003, Điều 21; khoản 1 Điều 3 Nghị định số 65/2014/NĐ-CP'),
('CSTDCS', 'Luật Thi đua, khen thưởng 2003, Điều 23; Điều 4 Nghị định số 65/2014/NĐ-CP'),
('CO_TD_CP', 'Luật Thi đua, khen thưởng 2003, Điều 25; Điều 6 Nghị định số 65/2014/NĐ-CP [chưa kiểm chứng: tiêu chuẩn của Nghị định 91/2017/NĐ-CP Điều 11]'),
('HCLD_NHAT', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 1 Điều 15 Nghị định số 65/2014/NĐ-CP'),
('BK_TTG_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm c khoản 3 Điều 23 Nghị định số 65/2014/NĐ-CP'),
('HCLD_BA_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP'),
('HCLD_NHI_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP'),
('HCLD_NHAT_TAP_THE', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP');
UPDATE review_title_basis SET legal_ref = (SELECT t.ref FROM tmp_v192_ref t WHERE t.code = review_title_basis.kind_code)
WHERE regime_code = 'LUAT2003_ND42' AND kind_code IN (SELECT code FROM tmp_v192_ref);
UPDATE review_title_rule SET legal_ref = (SELECT t.ref FROM tmp_v192_ref t WHERE t.code = review_title_rule.title_code)
WHERE regime_code = 'LUAT2003_ND42' AND title_code IN (SELECT code FROM tmp_v192_ref);
DROP TABLE tmp_v192_ref;

-- 4. The regime no longer borrows NĐ 91/2017's review rules.
UPDATE legal_regime SET rules_of = NULL,
    note = 'Ngày hiệu lực của Nghị định 42/2010/NĐ-CP [chưa kiểm chứng]; Nghị định 65/2014/NĐ-CP có hiệu lực từ 20/08/2014 (Điều 30): tiêu chuẩn bình xét theo Nghị định 65/2014/NĐ-CP, phần chưa đọc được giữ giá trị của Nghị định 91/2017/NĐ-CP'
WHERE code = 'LUAT2003_ND42';
