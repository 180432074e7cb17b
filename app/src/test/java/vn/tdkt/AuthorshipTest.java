package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/**
 * Who a record names as its author (issue #14): with login on, the signed-in account's login, whatever name the screen
 * passed (the window passed the computer's user name); without accounts the name given, as before. On both stores.
 */
class AuthorshipTest {

    private AppContext ctx;

    @AfterEach
    void close() {
        Session.accountsExist(false);
        Session.signOut();
        if (ctx != null) {
            ctx.close();
        }
    }

    private void open(String store) {
        Database db = "postgres".equals(store) ? PostgresTestServer.freshDatabase() : Database.inMemory();
        ctx = new AppContext(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void theSignedInLoginIsTheAuthorNotTheComputersUser(String store) {
        open(store);
        char[] pw = "mat-khau-1".toCharArray();
        ctx.accounts().add("admin", "Nguyễn Quản Trị", Role.QUAN_TRI, pw, pw);
        ctx.accounts().signIn("admin", pw);
        ctx.accounts().add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, pw, pw);
        ctx.accounts().signOut();
        ctx.accounts().signIn("vanthu", pw);
        String computer = System.getProperty("user.name", "");

        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 5, 5), null,
                "Chuyên viên", vp.id(), LocalDate.of(2020, 1, 1), null));

        Proposal p = ctx.proposals().setProposed(2025, new SubjectRef(AwardSubject.CA_NHAN, an.id(), "CB01", an.fullName()),
                Title.LDTT, true, computer).orElseThrow();
        assertEquals("vanthu", p.proposedBy());
        assertEquals(List.of("vanthu"), ctx.proposals().proposals(2025).stream().map(Proposal::proposedBy).toList());

        Dossier d = ctx.dossiers().save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", 2025, null, vp.id(),
                Procedure.THUONG, null, null), computer);
        assertEquals("vanthu", ctx.dossiers().log(d.id()).get(0).user());

        long movement = ctx.movements().save(MovementDetails.of(Movement.draft("TD2026", "Thi đua năm 2026",
                MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN)), computer).movement().id();
        assertTrue(!ctx.movements().log(movement).isEmpty(), "the creation is the first line of the log");
        ctx.movements().log(movement).forEach(e -> assertEquals("vanthu", e.user(), e.toString()));

        StoredDraft draft = ctx.decisions().drafting().saveDraft(null, "CHU_TICH_UBND_TINH", new DecisionDraft(
                new DecisionInfo(null, null, null, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên",
                        "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
                        List.of("CHỦ TỊCH"), "Nguyễn Hùng Nam", AwardFormType.CONG_TRANG, 2025, 2025,
                        List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"), "đã có thành tích xuất sắc năm 2025",
                        "Chánh Văn phòng Ủy ban nhân dân tỉnh", List.of("Như Điều 3;", "Lưu: VT.")),
                List.of(RecipientDraft.person(an.id(), "BK_TINH").withOverride("Thành tích đột xuất"))), computer);
        assertEquals("vanthu", ctx.decisions().drafting().draft(draft.id()).orElseThrow().createdBy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void withoutAccountsTheNameGivenStays(String store) {
        open(store);
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 5, 5), null,
                "Chuyên viên", vp.id(), LocalDate.of(2020, 1, 1), null));
        Proposal p = ctx.proposals().setProposed(2025, new SubjectRef(AwardSubject.CA_NHAN, an.id(), "CB01", an.fullName()),
                Title.LDTT, true, "truongphong").orElseThrow();
        assertEquals("truongphong", p.proposedBy());
        assertEquals(System.getProperty("user.name", ""), Session.author(), "the computer's user without accounts");
    }
}
