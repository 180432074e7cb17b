-- The lines of the Báo cáo thành tích cá nhân (I. Sơ lược lý lịch) the person record lacked (issue #13): quê quán,
-- trú quán, trình độ chuyên môn, nghiệp vụ, trình độ lý luận chính trị, học hàm, học vị. Free text, as the clerk writes
-- them ("Xã Tân Lập, tỉnh Hưng Yên", "Thạc sĩ Quản lý công", "Cao cấp"); empty = not recorded.
ALTER TABLE person ADD COLUMN hometown VARCHAR(300);
ALTER TABLE person ADD COLUMN residence VARCHAR(300);
ALTER TABLE person ADD COLUMN professional_level VARCHAR(300);
ALTER TABLE person ADD COLUMN political_theory VARCHAR(100);
ALTER TABLE person ADD COLUMN academic_title VARCHAR(300);
