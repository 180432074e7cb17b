-- Lists the app writes for a dossier (#13): the Danh sách đề nghị khen thưởng as the units send it up (.xlsx, sheets
-- for cá nhân and tập thể, record 0073) and the danh sách trích ngang of the people proposed. Optional in
-- every regime and procedure: the Tờ trình carries its list; these are the working copies the receiving office asks for.
INSERT INTO dossier_component (code, name, generated, form_id) VALUES
('DS_DE_NGHI',     'Danh sách đề nghị khen thưởng (cá nhân, tập thể), tệp .xlsx',                                 TRUE, 'DS_DENGHI'),
('DS_TRICH_NGANG', 'Danh sách trích ngang cá nhân đề nghị khen thưởng',                                           TRUE, 'DS_DENGHI');

INSERT INTO dossier_requirement (regime_code, procedure, award_code, category, component_code, required, choice_group,
                                 needed_at, seq, legal_ref)
SELECT r.regime_code, r.procedure, NULL, NULL, c.component, FALSE, NULL, 'DU_HO_SO', c.seq, c.ref
FROM (SELECT DISTINCT regime_code, procedure FROM dossier_requirement) r
CROSS JOIN (VALUES
    ('DS_DE_NGHI', 12, 'Danh sách kèm theo Tờ trình đề nghị khen thưởng (không bắt buộc)'),
    ('DS_TRICH_NGANG', 14, 'Danh sách trích ngang theo yêu cầu của cơ quan thẩm định (không bắt buộc)')
) AS c(component, seq, ref);
