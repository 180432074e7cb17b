-- One thread from proposal to paid award (#12): who decides each award by default (Luật TĐKT 2022 Điều 80 k1: the
-- head of a Sở decides LĐTT, CSTĐCS, TTLĐTT and Giấy khen; Chủ tịch UBND tỉnh the provincial titles and forms; the
-- Thủ tướng and the Chủ tịch nước the national ones). The council's result on a dossier subject follows in V97.
ALTER TABLE award_kind ADD COLUMN deciding_level VARCHAR(30);
ALTER TABLE award_kind ADD CONSTRAINT fk_award_kind_level FOREIGN KEY (deciding_level) REFERENCES deciding_level (code);
COMMENT ON COLUMN award_kind.deciding_level IS 'Cấp quyết định thường gặp của danh hiệu/hình thức (Luật TĐKT 2022 Điều 80 khoản 1; Điều 78, 79)';
UPDATE award_kind SET deciding_level = 'GIAM_DOC_SO' WHERE code IN ('LDTT', 'CSTDCS', 'TTLDTT', 'GIAY_KHEN');
UPDATE award_kind SET deciding_level = 'CHU_TICH_UBND_TINH' WHERE code IN ('TTLDXS', 'CSTD_TINH', 'BK_TINH', 'CO_TD_TINH');
UPDATE award_kind SET deciding_level = 'THU_TUONG' WHERE code IN ('CSTD_TQ', 'BK_TTG', 'CO_TD_CP');
UPDATE award_kind SET deciding_level = 'CHU_TICH_NUOC' WHERE code IN ('HCLD_BA', 'HCLD_NHI', 'HCLD_NHAT');
