-- A unit's loại hình, and checklist rules that hold for the subjects of one loại hình (#8, decision 140, record 0121).
--
-- Read on 03/12/2026: the Government's public-service portal (dichvucong.gov.vn, câu hỏi 16437): "Đối với những đơn vị
-- có nghĩa vụ nộp ngân sách nhà nước và thực hiện chính sách bảo hiểm với người lao động thì khi trình khen thưởng cho
-- thủ trưởng đơn vị cần có xác nhận của cơ quan có thẩm quyền về việc thực hiện nộp ngân sách nhà nước, các khoản bảo
-- hiểm và các khoản thu khác của đơn vị"; Quyết định số 86/2025/QĐ-UBND tỉnh Bắc Ninh, điểm d khoản 2 Điều 10 (Thuế
-- tỉnh, Bảo hiểm xã hội tỉnh xác nhận đối với các trường hợp đề nghị khen thưởng); Thông tư 07/2018/TT-BKHĐT Điều 28
-- khoản 6 (văn bản xác nhận của cơ quan quản lý thuế). No article of NĐ 152/2025, NĐ 98/2023 or NĐ 91/2017 saying it
-- was found: the rows cite the portal's answer, the same in every regime.

ALTER TABLE unit ADD COLUMN unit_type VARCHAR(30);
ALTER TABLE unit ADD CONSTRAINT ck_unit_type CHECK (unit_type IS NULL OR unit_type IN
    ('CO_QUAN_NHA_NUOC', 'DON_VI_SU_NGHIEP', 'TO_CHUC_CHINH_TRI_XA_HOI', 'DOANH_NGHIEP', 'HOP_TAC_XA', 'KHAC'));
COMMENT ON COLUMN unit.unit_type IS 'Loại hình đơn vị (NULL: chưa ghi, theo đơn vị cấp trên)';

ALTER TABLE dossier_requirement ADD COLUMN subject_kind VARCHAR(30);
COMMENT ON COLUMN dossier_requirement.subject_kind IS 'Loại hình đơn vị của đối tượng mà quy tắc áp dụng (NULL: mọi đối tượng)';

INSERT INTO dossier_component (code, name, generated, form_id) VALUES
('XN_THUE', 'Văn bản xác nhận của cơ quan thuế về việc thực hiện nghĩa vụ nộp ngân sách nhà nước của đơn vị', FALSE, NULL),
('XN_BHXH', 'Văn bản xác nhận của cơ quan bảo hiểm xã hội về việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp cho người lao động', FALSE, NULL);

INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref, simplified_case, subject_kind)
SELECT r.code, p.procedure, NULL, NULL, v.component, TRUE, NULL, 'DU_HO_SO', v.seq,
       'Đơn vị có nghĩa vụ nộp ngân sách nhà nước và thực hiện chính sách bảo hiểm với người lao động: '
           || v.what || ' khi trình khen thưởng — Cổng Dịch vụ công quốc gia, câu hỏi số 16437',
       NULL, k.kind
FROM legal_regime r
CROSS JOIN (VALUES ('THUONG'), ('DON_GIAN')) AS p(procedure)
CROSS JOIN (VALUES ('XN_THUE', 60, 'xác nhận của cơ quan thuế về việc nộp ngân sách nhà nước'),
                   ('XN_BHXH', 61, 'xác nhận của cơ quan bảo hiểm xã hội về các khoản bảo hiểm')) AS v(component, seq, what)
CROSS JOIN (VALUES ('DOANH_NGHIEP'), ('HOP_TAC_XA')) AS k(kind);
