package vn.tdkt.exemplary;

import java.time.LocalDate;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/**
 * Test data after seed 004: the province plan KH90 with the movement "Vì một Hưng Yên không còn đói nghèo" below it
 * and a district's movement below that; models of the plan's fields with five years of recognitions (2021–2025).
 */
public final class Fixture {

    public final Unit snv;
    public final Unit hoiPn;
    public final Unit syt;
    public final Person hoa;
    public final Person nam;
    public final long kh90;
    public final long ngheo;
    public final long ngheoXa;
    public final long yte;

    public Fixture(AppContext ctx) {
        snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        hoiPn = ctx.org().saveUnit(new Unit(0, "HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", null, null));
        syt = ctx.org().saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null));
        hoa = ctx.people().save(new Person(0, "CB001", "Nguyễn Thị Hoa", Gender.FEMALE, LocalDate.of(1980, 3, 2), null,
                "Chủ tịch Hội", hoiPn.id(), LocalDate.of(2005, 1, 1), null));
        nam = ctx.people().save(new Person(0, "CB002", "Trần Văn Nam", Gender.MALE, LocalDate.of(1978, 5, 6), null,
                "Bác sĩ", syt.id(), LocalDate.of(2003, 1, 1), null));
        for (int i = 0; i < 8; i++) {
            ctx.people().save(new Person(0, "PN" + i, "Lê Thị Mai " + i, i < 7 ? Gender.FEMALE : Gender.MALE, null, null, null,
                    hoiPn.id(), LocalDate.of(2010, 1, 1), null));
        }
        kh90 = movement(ctx, "KH90", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai đoạn "
                + "2021-2025", null);
        ngheo = movement(ctx, "KH90-08", "Vì một Hưng Yên không còn đói nghèo", kh90);
        ngheoXa = movement(ctx, "KH90-08-X", "Vì một Hưng Yên không còn đói nghèo, cấp xã", ngheo);
        yte = movement(ctx, "KH90-03", "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế", kh90);
    }

    private static long movement(AppContext ctx, String code, String name, Long parent) {
        return ctx.movements().save(MovementDetails.of(Movement.draft(code, name, MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)
                .withParent(parent)), "test").movement().id();
    }

    public ExemplaryModel model(AppContext ctx, String code, String name, ModelKind kind, Long personId, Long unitId,
                                String gender, long movementId, long proposer) {
        return ctx.exemplary().save(new ExemplaryModel(0, code, name, kind, personId, unitId, gender, "Giảm nghèo",
                movementId, proposer, Stage.PHAT_HIEN, LocalDate.of(2021, 3, 1), null), "test");
    }

    /** Recognitions in each of the years given. */
    public static void recognise(AppContext ctx, ExemplaryModel m, int... years) {
        for (int y : years) {
            ctx.exemplaryRecords().recognise(new Recognition(0, m.id(), y, (10 + y % 100) + "/QĐ-UBND",
                    LocalDate.of(y + 1, 1, 15)), false);
        }
    }
}
