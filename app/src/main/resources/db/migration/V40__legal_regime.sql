-- One source for the legal regimes (issue #8): the code, the validity dates, the legal texts and the căn cứ lines
-- each document cites, in ONE table used by the review, dossiers, meeting documents, decisions and money. It
-- replaces review_regime and dossier_regime (same codes), whose dates disagreed with the law:
--   * NĐ 91/2017/NĐ-CP took effect on 01/10/2017 (signed 31/07/2017; domain-law.md, corrections);
--   * before it: Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013) + NĐ 42/2010/NĐ-CP + NĐ 65/2014/NĐ-CP;
--   * the 2026 amendment of the law (reported as Luật 06/2026/QH16, in force 01/10/2026, content unverified) is a
--     regime of its own that inherits the rules of NĐ 152/2025 (rules_of) until the province fills it in.
-- "[chưa kiểm chứng]" marks what was not read in the legal text.

CREATE TABLE legal_regime (
    code        VARCHAR(30)   PRIMARY KEY,
    name        VARCHAR(300)  NOT NULL,
    legal_refs  VARCHAR(1000) NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_to    DATE,
    rules_of    VARCHAR(30),
    verified    BOOLEAN       NOT NULL,
    note        VARCHAR(1000),
    updated_by  VARCHAR(100),
    updated_at  TIMESTAMP,
    CONSTRAINT ck_legal_regime_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT fk_legal_regime_rules FOREIGN KEY (rules_of) REFERENCES legal_regime (code)
);
COMMENT ON TABLE legal_regime IS 'Chế độ pháp lý (luật, nghị định, thông tư) theo thời gian hiệu lực; rules_of: chế độ có quy tắc được dùng khi chế độ này chưa có quy tắc riêng';

-- The căn cứ lines of each document kind, in order: QUYET_DINH (quyết định khen thưởng, with the closing ";"),
-- TO_TRINH (tờ trình, báo cáo and biên bản of the council, without the closing ";"), TRICH_DAN (the short citation
-- of the minutes, one line). A regime without lines of a kind uses the lines of its rules_of regime.
CREATE TABLE legal_regime_basis (
    regime_code VARCHAR(30)   NOT NULL,
    document    VARCHAR(20)   NOT NULL,
    line_no     INTEGER       NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_legal_regime_basis PRIMARY KEY (regime_code, document, line_no),
    CONSTRAINT ck_legal_regime_basis_document CHECK (document IN ('QUYET_DINH', 'TO_TRINH', 'TRICH_DAN')),
    CONSTRAINT fk_legal_regime_basis_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE
);
COMMENT ON TABLE legal_regime_basis IS 'Các dòng căn cứ của từng loại văn bản theo chế độ pháp lý';

INSERT INTO legal_regime (code, name, legal_refs, valid_from, valid_to, rules_of, verified, note) VALUES
('LUAT2003_ND42', 'Luật Thi đua, khen thưởng 2003 và Nghị định 42/2010/NĐ-CP, Nghị định 65/2014/NĐ-CP',
 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2009, 2013); Nghị định 42/2010/NĐ-CP; Nghị định 65/2014/NĐ-CP; Thông tư 07/2014/TT-BNV',
 DATE '2010-06-01', DATE '2017-09-30', NULL, FALSE,
 'Ngày hiệu lực của Nghị định 42/2010/NĐ-CP [chưa kiểm chứng]; tiêu chuẩn bình xét chưa nhập riêng: dùng quy tắc của Nghị định 91/2017/NĐ-CP'),
('LUAT2003_ND91', 'Luật Thi đua, khen thưởng 2003 và Nghị định 91/2017/NĐ-CP',
 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP; Thông tư 12/2019/TT-BNV',
 DATE '2017-10-01', DATE '2023-12-31', NULL, TRUE, 'Nghị định 91/2017/NĐ-CP ký ngày 31/07/2017, có hiệu lực từ ngày 01/10/2017'),
('LUAT2022_ND98', 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP; Thông tư 01/2024/TT-BNV',
 DATE '2024-01-01', DATE '2025-06-30', NULL, TRUE, NULL),
('LUAT2022_ND152', 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV',
 DATE '2025-07-01', DATE '2026-09-30', NULL, TRUE, 'Nghị định 152/2025/NĐ-CP, Điều 59 khoản 1: hiệu lực 01/07/2025'),
('LUAT2026_ND152', 'Luật Thi đua, khen thưởng 2022 (sửa đổi, bổ sung 2026) và Nghị định 152/2025/NĐ-CP',
 'Luật Thi đua, khen thưởng số 06/2022/QH15, sửa đổi, bổ sung bởi Luật 06/2026/QH16 [chưa kiểm chứng]; Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV',
 DATE '2026-10-01', NULL, 'LUAT2022_ND152', FALSE,
 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (Luật 06/2026/QH16, hiệu lực 01/10/2026) chỉ có một nguồn, nội dung chưa kiểm chứng: áp dụng quy tắc của Nghị định 152/2025/NĐ-CP cho đến khi tỉnh cập nhật');

UPDATE legal_regime SET rules_of = 'LUAT2003_ND91' WHERE code = 'LUAT2003_ND42';

INSERT INTO legal_regime_basis (regime_code, document, line_no, text) VALUES
-- Luật 2003 + NĐ 42/2010 + NĐ 65/2014 (to 30/09/2017)
('LUAT2003_ND42', 'QUYET_DINH', 1, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'),
('LUAT2003_ND42', 'QUYET_DINH', 2, 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;'),
('LUAT2003_ND42', 'QUYET_DINH', 3, 'Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng; Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013;'),
('LUAT2003_ND42', 'TO_TRINH', 1, 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013'),
('LUAT2003_ND42', 'TO_TRINH', 2, 'Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng'),
('LUAT2003_ND42', 'TO_TRINH', 3, 'Căn cứ Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013'),
('LUAT2003_ND42', 'TO_TRINH', 4, 'Căn cứ Thông tư số 07/2014/TT-BNV của Bộ Nội vụ hướng dẫn thi hành Nghị định số 42/2010/NĐ-CP, Nghị định số 39/2012/NĐ-CP và Nghị định số 65/2014/NĐ-CP'),
('LUAT2003_ND42', 'TRICH_DAN', 1, 'Luật Thi đua, khen thưởng và Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010, Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ'),
-- Luật 2003 + NĐ 91/2017 (01/10/2017 – 31/12/2023)
('LUAT2003_ND91', 'QUYET_DINH', 1, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'),
('LUAT2003_ND91', 'QUYET_DINH', 2, 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;'),
('LUAT2003_ND91', 'QUYET_DINH', 3, 'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'),
('LUAT2003_ND91', 'TO_TRINH', 1, 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013'),
('LUAT2003_ND91', 'TO_TRINH', 2, 'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'),
('LUAT2003_ND91', 'TO_TRINH', 3, 'Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP'),
('LUAT2003_ND91', 'TRICH_DAN', 1, 'Luật Thi đua, khen thưởng và Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ'),
-- Luật 06/2022 + NĐ 98/2023 (01/01/2024 – 30/06/2025)
('LUAT2022_ND98', 'QUYET_DINH', 1, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'),
('LUAT2022_ND98', 'QUYET_DINH', 2, 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'),
('LUAT2022_ND98', 'QUYET_DINH', 3, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'),
('LUAT2022_ND98', 'TO_TRINH', 1, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'),
('LUAT2022_ND98', 'TO_TRINH', 2, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'),
('LUAT2022_ND98', 'TO_TRINH', 3, 'Căn cứ Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng'),
('LUAT2022_ND98', 'TRICH_DAN', 1, 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ'),
-- Luật 06/2022 + NĐ 152/2025 (01/07/2025 – 30/09/2026)
('LUAT2022_ND152', 'QUYET_DINH', 1, 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;'),
('LUAT2022_ND152', 'QUYET_DINH', 2, 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'),
('LUAT2022_ND152', 'QUYET_DINH', 3, 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;'),
('LUAT2022_ND152', 'TO_TRINH', 1, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'),
('LUAT2022_ND152', 'TO_TRINH', 2, 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng'),
('LUAT2022_ND152', 'TO_TRINH', 3, 'Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP'),
('LUAT2022_ND152', 'TRICH_DAN', 1, 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ');
-- LUAT2026_ND152 has no lines of its own: it cites the NĐ 152 lines until the province records the amendment.

-- The review's rules and the dossiers' checklists now point at legal_regime; the two old tables go.
ALTER TABLE review_param DROP CONSTRAINT fk_review_param_regime;
ALTER TABLE review_param ADD CONSTRAINT fk_review_param_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE;
ALTER TABLE review_title_basis DROP CONSTRAINT fk_review_title_basis_regime;
ALTER TABLE review_title_basis ADD CONSTRAINT fk_review_title_basis_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE;
ALTER TABLE dossier_requirement DROP CONSTRAINT fk_dossier_requirement_regime;
ALTER TABLE dossier_requirement ALTER COLUMN regime_code SET DATA TYPE VARCHAR(30);
ALTER TABLE dossier_requirement ADD CONSTRAINT fk_dossier_requirement_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE;
ALTER TABLE dossier DROP CONSTRAINT fk_dossier_regime_code;
ALTER TABLE dossier ALTER COLUMN regime_code SET DATA TYPE VARCHAR(30);
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_regime_code FOREIGN KEY (regime_code) REFERENCES legal_regime (code);
DROP TABLE review_regime;
DROP TABLE dossier_regime;

-- Dossier checklists of the two added regimes: NĐ 42/2010 as NĐ 91/2017 [chưa kiểm chứng], the 2026 amendment as
-- NĐ 152/2025 until the province records its text.
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref)
SELECT 'LUAT2003_ND42', procedure, award_code, category, component_code, required, choice_group, needed_at, seq,
       'Như ' || legal_ref || ' — theo Nghị định 42/2010/NĐ-CP, 65/2014/NĐ-CP [chưa kiểm chứng]'
FROM dossier_requirement WHERE regime_code = 'LUAT2003_ND91';
INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref)
SELECT 'LUAT2026_ND152', procedure, award_code, category, component_code, required, choice_group, needed_at, seq,
       legal_ref || ' — giữ như Nghị định 152/2025/NĐ-CP cho đến khi cập nhật Luật sửa đổi 2026'
FROM dossier_requirement WHERE regime_code = 'LUAT2022_ND152';

-- NĐ 91/2017 from 01/10/2017: its coefficients and vote thresholds move; the NĐ 42/2010 coefficients come before.
UPDATE award_coefficient SET valid_from = DATE '2017-10-01' WHERE valid_from = DATE '2017-07-31';
UPDATE vote_threshold SET valid_from = DATE '2017-10-01' WHERE valid_from = DATE '2017-07-31' AND valid_to IS NOT NULL;

-- NĐ 42/2010 Chương VI (tiền thưởng; Điều 70 danh hiệu cá nhân, 71 tập thể, 72 huân chương, 74–76 bằng khen, giấy
-- khen): the same values as NĐ 91/2017; NĐ 65/2014 did not change them [chưa kiểm chứng điều khoản].
INSERT INTO award_coefficient (kind_code, subject, coefficient, valid_from, valid_to, legal_ref)
SELECT v.kind, v.subject, v.coef, DATE '2010-06-01', DATE '2017-09-30', v.ref
FROM (VALUES
    ('CSTD_TQ', 'CA_NHAN', 4.5, 'Nghị định 42/2010/NĐ-CP, Điều 70 [chưa kiểm chứng]'),
    ('CSTD_TINH', 'CA_NHAN', 3.0, 'Nghị định 42/2010/NĐ-CP, Điều 70 [chưa kiểm chứng]'),
    ('CSTDCS', 'CA_NHAN', 1.0, 'Nghị định 42/2010/NĐ-CP, Điều 70 [chưa kiểm chứng]'),
    ('LDTT', 'CA_NHAN', 0.3, 'Nghị định 42/2010/NĐ-CP, Điều 70 [chưa kiểm chứng]'),
    ('TTLDXS', 'TAP_THE', 1.5, 'Nghị định 42/2010/NĐ-CP, Điều 71 [chưa kiểm chứng]'),
    ('TTLDTT', 'TAP_THE', 0.8, 'Nghị định 42/2010/NĐ-CP, Điều 71 [chưa kiểm chứng]'),
    ('CO_TD_CP', 'TAP_THE', 12.0, 'Nghị định 42/2010/NĐ-CP, Điều 71 [chưa kiểm chứng]'),
    ('CO_TD_TINH', 'TAP_THE', 8.0, 'Nghị định 42/2010/NĐ-CP, Điều 71 [chưa kiểm chứng]'),
    ('HCLD_BA', 'CA_NHAN', 4.5, 'Nghị định 42/2010/NĐ-CP, Điều 72 [chưa kiểm chứng]'),
    ('HCLD_BA', 'TAP_THE', 9.0, 'Nghị định 42/2010/NĐ-CP, Điều 72 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]'),
    ('HCLD_NHI', 'CA_NHAN', 7.5, 'Nghị định 42/2010/NĐ-CP, Điều 72 [chưa kiểm chứng]'),
    ('HCLD_NHI', 'TAP_THE', 15.0, 'Nghị định 42/2010/NĐ-CP, Điều 72 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]'),
    ('HCLD_NHAT', 'CA_NHAN', 9.0, 'Nghị định 42/2010/NĐ-CP, Điều 72 [chưa kiểm chứng]'),
    ('HCLD_NHAT', 'TAP_THE', 18.0, 'Nghị định 42/2010/NĐ-CP, Điều 72 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]'),
    ('BK_TTG', 'CA_NHAN', 3.5, 'Nghị định 42/2010/NĐ-CP, Điều 74 [chưa kiểm chứng]'),
    ('BK_TTG', 'TAP_THE', 7.0, 'Nghị định 42/2010/NĐ-CP, Điều 74 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]'),
    ('BK_TINH', 'CA_NHAN', 1.0, 'Nghị định 42/2010/NĐ-CP, Điều 75 [chưa kiểm chứng]'),
    ('BK_TINH', 'TAP_THE', 2.0, 'Nghị định 42/2010/NĐ-CP, Điều 75 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]'),
    ('GIAY_KHEN', 'CA_NHAN', 0.3, 'Nghị định 42/2010/NĐ-CP, Điều 76 [chưa kiểm chứng]'),
    ('GIAY_KHEN', 'TAP_THE', 0.6, 'Nghị định 42/2010/NĐ-CP, Điều 76 (tập thể gấp 2 lần cá nhân) [chưa kiểm chứng]')
) AS v(kind, subject, coef, ref);

-- The base salary (mức lương tối thiểu chung, then mức lương cơ sở) before 01/07/2017.
INSERT INTO base_salary (amount, valid_from, valid_to, legal_ref) VALUES
(730000,  DATE '2010-05-01', DATE '2011-04-30', 'Nghị định 28/2010/NĐ-CP (mức lương tối thiểu chung)'),
(830000,  DATE '2011-05-01', DATE '2012-04-30', 'Nghị định 22/2011/NĐ-CP (mức lương tối thiểu chung)'),
(1050000, DATE '2012-05-01', DATE '2013-06-30', 'Nghị định 31/2012/NĐ-CP (mức lương tối thiểu chung)'),
(1150000, DATE '2013-07-01', DATE '2016-04-30', 'Nghị định 66/2013/NĐ-CP (mức lương cơ sở)'),
(1210000, DATE '2016-05-01', DATE '2017-06-30', 'Nghị định 47/2016/NĐ-CP (mức lương cơ sở)');

-- NĐ 152/2025: the Bằng khen / Giấy khen coefficients are in Điều 54 (Điều 52 is the danh hiệu vinh dự nhà nước).
UPDATE award_coefficient SET legal_ref = REPLACE(legal_ref, 'Điều 52', 'Điều 54')
WHERE valid_from = DATE '2025-07-01' AND kind_code IN ('BK_TTG', 'BK_TINH', 'GIAY_KHEN');

-- Households (NĐ 152/2025 Điều 54): "mức tiền thưởng bằng 1,5 lần mức tiền thưởng tương ứng với các hình thức khen
-- thưởng tặng cho cá nhân". The household row now holds that factor of the individual's AMOUNT (see Catalogue.bonus).
UPDATE award_coefficient SET coefficient = 1.5,
    legal_ref = 'Nghị định 152/2025/NĐ-CP, Điều 54 (hộ gia đình: 1,5 lần mức tiền thưởng của cá nhân)'
WHERE subject = 'HO_GIA_DINH';
COMMENT ON COLUMN award_coefficient.coefficient IS 'Hệ số × mức lương cơ sở; với hộ gia đình: số lần mức tiền thưởng của cá nhân';

-- Kỷ niệm chương of the province (Luật Thi đua, khen thưởng 2022 Điều 71; NĐ 152/2025 Điều 54 khoản 1: tối đa 0,6
-- lần mức lương cơ sở — the province may set less). Cờ thi đua của Chính phủ and HCLĐ hạng Nhì/Nhất are in V2.
INSERT INTO award_kind (code, name, category, subject, rank_order, legal_basis) VALUES
('KNC_TINH', 'Kỷ niệm chương của tỉnh', 'HINH_THUC', 'CA_NHAN', 33, 'Luật Thi đua, khen thưởng 2022, Điều 71');
INSERT INTO award_kind_alias (alias_key, kind_code) VALUES
('ky niem chuong', 'KNC_TINH'), ('ky niem chuong cua tinh', 'KNC_TINH'), ('ky niem chuong tinh', 'KNC_TINH'),
('ky niem chuong cap tinh', 'KNC_TINH');
INSERT INTO award_coefficient (kind_code, subject, coefficient, valid_from, valid_to, legal_ref) VALUES
('KNC_TINH', 'CA_NHAN', 0.6, DATE '2025-07-01', NULL, 'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1 (tối đa 0,6 lần mức lương cơ sở)');
