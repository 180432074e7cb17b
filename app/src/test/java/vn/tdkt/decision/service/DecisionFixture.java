package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.service.RecordService;

/** A small fictional province office: Sở Nội vụ with two sub-units, a Sở Tài chính, five people. */
final class DecisionFixture implements AutoCloseable {

    static final String AUTHORITY = "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên";

    final Database db = Database.inMemory();
    final CatalogueService catalogue = new CatalogueService(db);
    final RecordService records = new RecordService(db, catalogue);
    final DecisionServices decisions = DecisionServices.of(db, catalogue);
    final Unit soNoiVu;
    final Unit vanPhong;
    final Unit phongTdkt;
    final Unit soTaiChinh;
    final Person an;
    final Person binh;
    final Person cuong;
    final Person dung;
    final Person giang;

    DecisionFixture() {
        OrgService org = new OrgService(db);
        PeopleService people = new PeopleService(db, records,
                Clock.fixed(LocalDate.of(2026, 1, 10).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                        ZoneId.of("Asia/Ho_Chi_Minh")));
        soNoiVu = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = org.saveUnit(new Unit(0, "SNV-VP", "Văn phòng Sở", soNoiVu.id(), null));
        phongTdkt = org.saveUnit(new Unit(0, "SNV-TDKT", "Phòng Thi đua, khen thưởng", soNoiVu.id(), null));
        soTaiChinh = org.saveUnit(new Unit(0, "STC", "Sở Tài chính", null, null));
        an = people.save(person("CB001", "Nguyễn Văn An", Gender.MALE, "Phó Giám đốc Sở", soNoiVu.id()));
        binh = people.save(person("CB002", "Trần Thị Bình", Gender.FEMALE, "Chuyên viên", phongTdkt.id()));
        cuong = people.save(person("CB003", "Lê Văn Cường", Gender.MALE, "Trưởng phòng", phongTdkt.id()));
        dung = people.save(person("CB004", "Phạm Thị Dung", Gender.FEMALE, "Kế toán viên", vanPhong.id()));
        giang = people.save(person("CB005", "Hoàng Văn Giang", Gender.MALE, "Chánh Văn phòng", vanPhong.id()));
    }

    private static Person person(String code, String name, Gender g, String position, long unitId) {
        return new Person(0, code, name, g, LocalDate.of(1980, 5, 12), null, position, unitId, LocalDate.of(2010, 1, 1), null);
    }

    static DecisionInfo info(String no, LocalDate date, AwardFormType type, int yearFrom, int yearTo) {
        return new DecisionInfo(no, date, null, "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "Hưng Yên",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AUTHORITY,
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Hùng Nam", type, yearFrom, yearTo,
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
                                + "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành "
                                + "một số điều của Luật Thi đua, khen thưởng;",
                        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 25/TTr-SNV ngày 05 tháng 01 năm 2026."),
                "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm " + yearTo,
                "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, "
                        + "đơn vị có liên quan",
                List.of("Như Điều 3;", "Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "Lưu: VT, NC."));
    }

    static DecisionDraft draft(String no, LocalDate date, RecipientDraft... lines) {
        return new DecisionDraft(info(no, date, AwardFormType.CONG_TRANG, 2025, 2025), List.of(lines));
    }

    /** An award row as the foundation's workbook import writes it: no decision record. */
    Award imported(Long personId, Long unitId, String kind, int year, String no, LocalDate date) {
        return records.addAward(new Award(0, personId, unitId, kind, AwardFormType.CONG_TRANG, year, year, no, date,
                "Giám đốc Sở Nội vụ"));
    }

    @Override
    public void close() {
        db.close();
    }
}
