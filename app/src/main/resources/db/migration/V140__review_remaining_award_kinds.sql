-- The award kinds still missing from the review (#8): Huân chương Lao động hạng Nhất (cá nhân), the collective
-- criteria of Bằng khen Thủ tướng and Huân chương Lao động hạng Ba, Bằng khen tỉnh theo đợt / chuyên đề and đột
-- xuất, Huân chương Lao động hạng Ba for quá trình cống hiến. The award kinds and coefficients are in V2 / V40 (a
-- collective, đột xuất, chuyên đề or cống hiến award is paid as the same form: NĐ 152/2025 Điều 49–54).
--
-- review_title_basis is keyed by award kind; these review titles share a kind with another title (BK_TTG for a
-- person and for a collective, BK_TINH công trạng / theo đợt / đột xuất, HCLD_BA công trạng / cống hiến), so their
-- legal basis and rule code are kept per review title (vn.tdkt.review.domain.Title) in review_title_rule. A row
-- there wins over the kind's row. "[chưa kiểm chứng …]" marks wording not read in the legal text (decision 76).

CREATE TABLE review_title_rule (
    regime_code VARCHAR(30)  NOT NULL,
    title_code  VARCHAR(30)  NOT NULL,
    legal_ref   VARCHAR(500) NOT NULL,
    rule_code   VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_review_title_rule PRIMARY KEY (regime_code, title_code),
    CONSTRAINT fk_review_title_rule_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE
);
COMMENT ON TABLE review_title_rule IS 'Căn cứ và mã tiêu chuẩn theo từng danh hiệu/hình thức của bình xét (khi nhiều danh hiệu chung một loại khen thưởng)';

INSERT INTO review_title_rule (regime_code, title_code, legal_ref, rule_code) VALUES
-- Huân chương Lao động hạng Nhất, cá nhân
('LUAT2003_ND91', 'HCLD_NHAT', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 42; Nghị định 91/2017/NĐ-CP, Điều 22 [chưa kiểm chứng nguyên văn]', 'ND91_D22'),
('LUAT2022_ND98', 'HCLD_NHAT', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 [chưa kiểm chứng nguyên văn]', 'LUAT2022_D42_K1'),
('LUAT2022_ND152', 'HCLD_NHAT', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 [chưa kiểm chứng nguyên văn]; Nghị định 152/2025/NĐ-CP, Điều 4', 'LUAT2022_D42_K1'),
-- Bằng khen tỉnh theo đợt, chuyên đề (the council's judgement of the achievement in the movement)
('LUAT2003_ND91', 'BK_TINH_CHUYEN_DE', 'Luật Thi đua, khen thưởng 2003, Điều 72; Nghị định 91/2017/NĐ-CP, Điều 3 khoản 2, Điều 39 khoản 1 điểm a [chưa kiểm chứng điều khoản]', 'BK_TINH_THEO_DOT'),
('LUAT2022_ND98', 'BK_TINH_CHUYEN_DE', 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm a; Nghị định 98/2023/NĐ-CP, Điều 4', 'BK_TINH_THEO_DOT'),
('LUAT2022_ND152', 'BK_TINH_CHUYEN_DE', 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm a; Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3', 'BK_TINH_THEO_DOT'),
-- Bằng khen tỉnh đột xuất (thủ tục đơn giản)
('LUAT2003_ND91', 'BK_TINH_DOT_XUAT', 'Luật Thi đua, khen thưởng 2003, Điều 72; Nghị định 91/2017/NĐ-CP, Điều 39 khoản 1 điểm b, Điều 55 (thủ tục đơn giản) [chưa kiểm chứng điều khoản]', 'BK_TINH_DOT_XUAT'),
('LUAT2022_ND98', 'BK_TINH_DOT_XUAT', 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm b, Điều 85; Nghị định 98/2023/NĐ-CP, Điều 40', 'BK_TINH_DOT_XUAT'),
('LUAT2022_ND152', 'BK_TINH_DOT_XUAT', 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm b, Điều 85; Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3', 'BK_TINH_DOT_XUAT'),
-- Huân chương Lao động hạng Ba, quá trình cống hiến
('LUAT2003_ND91', 'HCLD_BA_CONG_HIEN', 'Luật Thi đua, khen thưởng 2003, Điều 44; Nghị định 91/2017/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_CHUA_NHAP'),
('LUAT2022_ND98', 'HCLD_BA_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm g; Nghị định 98/2023/NĐ-CP (khen thưởng quá trình cống hiến) [chưa kiểm chứng điều khoản]', 'CONG_HIEN_CHUA_NHAP'),
('LUAT2022_ND152', 'HCLD_BA_CONG_HIEN', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm g; Nghị định 152/2025/NĐ-CP, Điều 4 khoản 7, Điều 9, Điều 21 điểm b', 'ND152_D21_B'),
-- Bằng khen Thủ tướng, tập thể
('LUAT2003_ND91', 'BK_TTG_TAP_THE', 'Luật Thi đua, khen thưởng 2003, Điều 71; Nghị định 91/2017/NĐ-CP, Điều 38 khoản 2 [chưa kiểm chứng nguyên văn]', 'ND91_D38_K2'),
('LUAT2022_ND98', 'BK_TTG_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 2 [chưa kiểm chứng nguyên văn]', 'LUAT2022_D73_K2'),
('LUAT2022_ND152', 'BK_TTG_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 2 [chưa kiểm chứng nguyên văn]; Nghị định 152/2025/NĐ-CP, Điều 4', 'LUAT2022_D73_K2'),
-- Huân chương Lao động hạng Ba, tập thể
('LUAT2003_ND91', 'HCLD_BA_TAP_THE', 'Luật Thi đua, khen thưởng 2003, Điều 44 khoản 2; Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2 [chưa kiểm chứng nguyên văn]', 'HCLD_BA_TAP_THE'),
('LUAT2022_ND98', 'HCLD_BA_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 [chưa kiểm chứng nguyên văn]', 'HCLD_BA_TAP_THE'),
('LUAT2022_ND152', 'HCLD_BA_TAP_THE', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 [chưa kiểm chứng nguyên văn]; Nghị định 152/2025/NĐ-CP, Điều 4', 'HCLD_BA_TAP_THE');

-- The parameters the new rules read, for every regime with parameters of its own (the others inherit theirs).
INSERT INTO review_param (regime_code, param_key, val, legal_ref)
SELECT r.regime_code, v.param_key,
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN v.old_val ELSE v.new_val END,
       CASE WHEN r.regime_code LIKE 'LUAT2003%' THEN v.old_ref ELSE v.new_ref END
FROM review_param r
CROSS JOIN (VALUES
('HCLD_NHAT_YEARS', '5', 'Nghị định 91/2017/NĐ-CP, Điều 22 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]',
                    '5', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 (liên tục từ 05 năm trở lên hoàn thành tốt nhiệm vụ trở lên) [chưa kiểm chứng nguyên văn]'),
('HCLD_NHAT_HTXSNV', '0', 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (số năm HTXSNV là của Luật 2022, Điều 42 khoản 1)',
                     '3', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 (từ 03 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'),
('HCLD_NHAT_CSTD_TINH', '0', 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (số lần CSTĐ cấp tỉnh là của Luật 2022, Điều 42 khoản 1)',
                        '2', 'Luật Thi đua, khen thưởng 2022, Điều 42 khoản 1 (02 lần Chiến sĩ thi đua bộ, ban, ngành, tỉnh) [chưa kiểm chứng nguyên văn]'),
('HCLD_NHAT_INITIATIVES', '4', 'Nghị định 91/2017/NĐ-CP, Điều 22 (04 sáng kiến phạm vi cấp bộ, ngành, tỉnh) [chưa kiểm chứng nguyên văn]',
                          '0', 'Không áp dụng theo Luật 2022 (Điều 42 khoản 1 không đòi sáng kiến)'),
('BK_TTG_UNIT_YEARS', '5', 'Nghị định 91/2017/NĐ-CP, Điều 38 khoản 2 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]',
                      '5', 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 2 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'),
('BK_TTG_UNIT_TTLDXS', '0', 'Không áp dụng theo Nghị định 91/2017/NĐ-CP (số lần Tập thể lao động xuất sắc là của Luật 2022, Điều 73 khoản 2)',
                       '1', 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 2 (01 lần Tập thể lao động xuất sắc trong thời gian đó) [chưa kiểm chứng nguyên văn]'),
('HCLD_BA_UNIT_YEARS', '5', 'Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2 (05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]',
                       '5', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 (liên tục từ 05 năm trở lên hoàn thành xuất sắc nhiệm vụ) [chưa kiểm chứng nguyên văn]'),
('HCLD_BA_UNIT_FLAGS', '1', 'Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2 (01 lần Cờ thi đua cấp bộ, ngành, tỉnh) [chưa kiểm chứng nguyên văn]',
                       '1', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 (01 lần Cờ thi đua của bộ, ban, ngành, tỉnh) [chưa kiểm chứng nguyên văn]'),
('HCLD_BA_UNIT_BK_TINH', '2', 'Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2 (hoặc 02 lần Bằng khen cấp bộ, ngành, tỉnh) [chưa kiểm chứng nguyên văn]',
                         '2', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 (hoặc 02 lần Bằng khen của bộ, ban, ngành, tỉnh) [chưa kiểm chứng nguyên văn]'),
('HCLD_BA_UNIT_HISTORY_YEARS', '10', 'Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2 (quá trình xây dựng, phát triển từ 10 năm trở lên) [chưa kiểm chứng nguyên văn]',
                               '10', 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 2 (quá trình xây dựng, phát triển từ 10 năm trở lên) [chưa kiểm chứng nguyên văn]'),
('CONG_HIEN_GIAM_DOC_YEARS', '6', 'Không áp dụng: tiêu chuẩn cống hiến của văn bản này chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)',
                             '6', 'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Giám đốc sở và tương đương: từ 06 năm)'),
('CONG_HIEN_PHO_GIAM_DOC_YEARS', '10', 'Không áp dụng: tiêu chuẩn cống hiến của văn bản này chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)',
                                 '10', 'Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (Phó Giám đốc sở và tương đương: từ 10 năm)'),
('CONG_HIEN_WOMEN_REDUCTION', 'true', 'Nghị định 91/2017/NĐ-CP, Điều 3 (nữ lãnh đạo, quản lý: thời gian giữ chức vụ giảm 1/3)',
                              'true', 'Nghị định 152/2025/NĐ-CP, Điều 4 khoản 7 (nữ lãnh đạo, quản lý: thời gian giữ chức vụ giảm 1/3)')
) AS v(param_key, old_val, old_ref, new_val, new_ref)
WHERE r.param_key = 'WOMEN_TIE_PREFERENCE'
  AND NOT EXISTS (SELECT 1 FROM review_param p WHERE p.regime_code = r.regime_code AND p.param_key = v.param_key);

-- NĐ 98/2023 carried the cống hiến frame of the decree it replaced; until its article is entered the rule above does
-- not assess it (CONG_HIEN_CHUA_NHAP) and the parameters say so.
UPDATE review_param SET legal_ref = 'Không áp dụng: tiêu chuẩn cống hiến của Nghị định 98/2023/NĐ-CP chưa nhập (chỉ Nghị định 152/2025/NĐ-CP, Điều 21 điểm b)'
 WHERE regime_code = 'LUAT2022_ND98' AND param_key IN ('CONG_HIEN_GIAM_DOC_YEARS', 'CONG_HIEN_PHO_GIAM_DOC_YEARS');
