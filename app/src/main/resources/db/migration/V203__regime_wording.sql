-- Issue #13: the wording the office may change, per legal regime (README decision 149): the căn cứ block of a new
-- Quyết định khen thưởng and the body of the Tờ trình, each a template whose placeholders ({nam}, {danh_hieu}, …) the
-- code fills. A regime without a row uses the app's default wording, today's text; a row is the office's own
-- wording for that regime only.

CREATE TABLE regime_wording (
    regime_code VARCHAR(30)   NOT NULL,
    wording     VARCHAR(30)   NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    updated_by  VARCHAR(100),
    updated_at  TIMESTAMP,
    CONSTRAINT pk_regime_wording PRIMARY KEY (regime_code, wording),
    CONSTRAINT fk_regime_wording_regime FOREIGN KEY (regime_code) REFERENCES legal_regime (code) ON DELETE CASCADE,
    CONSTRAINT ck_regime_wording_kind CHECK (wording IN ('QD_CAN_CU', 'TO_TRINH_NOI_DUNG'))
);
COMMENT ON TABLE regime_wording IS 'Mẫu lời văn do cơ quan sửa theo từng chế độ pháp lý: căn cứ của quyết định khen thưởng, nội dung tờ trình';
