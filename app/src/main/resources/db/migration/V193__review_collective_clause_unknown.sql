-- The clause of the collective in Luật Thi đua, khen thưởng 2022 Điều 42, 43, 44 (issue #8, decision 129). Decision 108
-- cited it as khoản 3, inferred from Điều 43 khoản 1 (cá nhân) and khoản 2 (công nhân, nông dân). Nghị định 98/2023/NĐ-CP
-- Điều 1 (read: hethongphapluat.com, full text of NĐ 98/2023) details "khoản 7 Điều 42; khoản 7 Điều 43; khoản 7 Điều 44"
-- of the law: each of these articles has at least seven clauses, so the collective's need not be the third. Until the
-- text is read, a clerk reads the article alone; the parameters screen keeps the doubt. Điều 73 (Bằng khen Thủ tướng)
-- is not in that list and keeps its citation and marker.

UPDATE review_param
SET legal_ref = REPLACE(REPLACE(REPLACE(legal_ref, 'Điều 42 khoản 3', 'Điều 42'), 'Điều 43 khoản 3', 'Điều 43'),
                        'Điều 44 khoản 3', 'Điều 44')
                || ' [chưa kiểm chứng: khoản của tập thể; Điều 42, 43, 44 có ít nhất 07 khoản (Nghị định 98/2023/NĐ-CP, Điều 1)]'
WHERE regime_code LIKE 'LUAT2022%'
  AND (legal_ref LIKE '%Điều 42 khoản 3%' OR legal_ref LIKE '%Điều 43 khoản 3%' OR legal_ref LIKE '%Điều 44 khoản 3%');

UPDATE review_title_rule
SET legal_ref = REPLACE(REPLACE(REPLACE(REPLACE(legal_ref, 'Điều 42 khoản 3', 'Điều 42'), 'Điều 43 khoản 3', 'Điều 43'),
                                'Điều 44 khoản 3', 'Điều 44'),
                        '[chưa kiểm chứng nguyên văn; khoản của tập thể suy từ',
                        '[chưa kiểm chứng nguyên văn; khoản của tập thể chưa xác định: Điều 42, 43, 44 có ít nhất 07 khoản (Nghị định 98/2023/NĐ-CP, Điều 1), trước đây suy là khoản 3 từ')
WHERE regime_code LIKE 'LUAT2022%' AND title_code IN ('HCLD_BA_TAP_THE', 'HCLD_NHI_TAP_THE', 'HCLD_NHAT_TAP_THE');
