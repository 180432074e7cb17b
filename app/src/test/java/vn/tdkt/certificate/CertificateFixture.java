package vn.tdkt.certificate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;

/**
 * A fictional Sở Giáo dục và Đào tạo tỉnh Hưng Yên with its schools and people, and three decisions: a Bằng khen of
 * the Chủ tịch UBND tỉnh (125/QĐ-UBND), the year-end titles of the head of the Sở (LĐTT, CSTĐCS, TTLĐTT;
 * 15/QĐ-SGDĐT) and a Giấy khen (16/QĐ-SGDĐT). Used by the certificate and the new documents' tests.
 */
public final class CertificateFixture implements AutoCloseable {

    public static final String[][] PEOPLE = {
        {"Nguyễn Văn Hùng", "Phó Giám đốc Sở", "SGD", "M"}, {"Trần Thị Mai", "Trưởng phòng Giáo dục trung học", "SGD-GDTH", "F"},
        {"Lê Minh Tuấn", "Chuyên viên", "SGD-GDTH", "M"}, {"Phạm Thị Hồng Nhung", "Hiệu trưởng", "THPT-HY", "F"},
        {"Vũ Đức Thắng", "Giáo viên", "THPT-HY", "M"}, {"Đỗ Thị Lan Anh", "Giáo viên", "THPT-HY", "F"},
        {"Hoàng Quốc Khánh", "Phó Hiệu trưởng", "THPT-KC", "M"}, {"Bùi Thị Thu Hà", "Giáo viên", "THPT-KC", "F"},
    };

    public final AppContext ctx = AppContext.inMemory();
    public final List<Person> people = new ArrayList<>();
    public final Unit sgd;
    public final Unit gdth;
    public final Unit thptHy;
    public final Unit thptKc;

    public CertificateFixture() {
        var org = ctx.org();
        sgd = org.saveUnit(new Unit(0, "SGD", "Sở Giáo dục và Đào tạo", null, null));
        gdth = org.saveUnit(new Unit(0, "SGD-GDTH", "Phòng Giáo dục trung học", sgd.id(), null));
        thptHy = org.saveUnit(new Unit(0, "THPT-HY", "Trường Trung học phổ thông Hưng Yên", sgd.id(), null));
        thptKc = org.saveUnit(new Unit(0, "THPT-KC", "Trường Trung học phổ thông Kim Động", sgd.id(), null));
        for (String[] p : PEOPLE) {
            long unit = switch (p[2]) {
                case "SGD" -> sgd.id();
                case "SGD-GDTH" -> gdth.id();
                case "THPT-HY" -> thptHy.id();
                default -> thptKc.id();
            };
            people.add(ctx.people().save(new Person(0, "GD" + (people.size() + 1), p[0], "F".equals(p[3]) ? Gender.FEMALE
                    : Gender.MALE, LocalDate.of(1978 + people.size(), 3, 1 + people.size()), null, p[1], unit,
                    LocalDate.of(2005, 9, 1), null)));
        }
    }

    /** 125/QĐ-UBND: Bằng khen to two schools and three people. */
    public Decision bangKhen() {
        DecisionInfo info = new DecisionInfo("125/QĐ-UBND", LocalDate.of(2026, 1, 15), null, "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN",
                "Hưng Yên", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Hùng Nam", AwardFormType.CONG_TRANG, 2025, 2025,
                List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"),
                "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024 - 2025", "Giám đốc Sở Nội vụ",
                List.of("Như Điều 3;", "Lưu: VT, NC."));
        return ctx.decisions().drafting().record(new DecisionDraft(info, List.of(
                RecipientDraft.unit(thptHy.id(), "BK_TINH"), RecipientDraft.unit(thptKc.id(), "BK_TINH"),
                RecipientDraft.person(people.get(0).id(), "BK_TINH"), RecipientDraft.person(people.get(3).id(), "BK_TINH"),
                RecipientDraft.person(people.get(6).id(), "BK_TINH"))));
    }

    /** 15/QĐ-SGDĐT: the head of the Sở recognises LĐTT, CSTĐCS and TTLĐTT for 2025. */
    public Decision titles() {
        DecisionInfo info = new DecisionInfo("15/QĐ-SGDĐT", LocalDate.of(2026, 1, 8), "UBND TỈNH HƯNG YÊN",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Hưng Yên", "Về việc công nhận danh hiệu thi đua năm 2025",
                "Giám đốc Sở Giáo dục và Đào tạo", List.of("GIÁM ĐỐC"), "Đinh Văn Quang", AwardFormType.CONG_TRANG,
                2025, 2025, List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"),
                "đã có thành tích trong thực hiện nhiệm vụ năm 2025", "Chánh Văn phòng Sở",
                List.of("Như Điều 3;", "Lưu: VT, VP."));
        List<RecipientDraft> lines = new ArrayList<>();
        lines.add(RecipientDraft.unit(gdth.id(), "TTLDTT"));
        lines.add(RecipientDraft.unit(thptHy.id(), "TTLDTT"));
        lines.add(RecipientDraft.person(people.get(1).id(), "CSTDCS"));
        lines.add(RecipientDraft.person(people.get(4).id(), "CSTDCS"));
        for (int i : new int[] {2, 5, 6, 7}) {
            lines.add(RecipientDraft.person(people.get(i).id(), "LDTT"));
        }
        return ctx.decisions().drafting().record(new DecisionDraft(info, lines));
    }

    public static Path out(String dir) {
        return Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve(dir);
    }

    @Override
    public void close() {
        ctx.close();
    }
}
