package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;

/**
 * Two clerks edit the same record at once (issue #14), for every record a clerk opens in a dialog or on a page and
 * saves (a bloc's covenant and scores, a dossier's notice day and status moves too): on
 * PostgreSQL from two workstations (two pools, two application contexts), on the embedded store from two windows'
 * worth of services. The first save wins; the second is refused with what the first changed (field: «before» →
 * «after», in Vietnamese and in English), nothing of it is written, and a save after reopening goes through.
 */
class ConcurrentRecordEditTest {

    private Database first;
    private Database second;
    private AppContext a;
    private AppContext b;

    private void open(String store) {
        first = "postgres".equals(store) ? PostgresTestServer.freshDatabase() : Database.inMemory();
        second = first.isServer() ? Database.connect(first.server(), null) : first;
        a = new AppContext(first);
        b = new AppContext(second);
    }

    @AfterEach
    void close() {
        if (second != null && second != first) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    /** The second save's refusal, in Vietnamese, after checking the English text names the same change. */
    private static String refused(Executable secondSave, String english) {
        ValidationException e = assertThrows(ValidationException.class, secondSave);
        String en = e.problems().get(0).describe(Locale.ENGLISH);
        assertTrue(en.contains("Someone else saved") && en.contains(english), en);
        return e.problems().get(0).describe(Texts.VIETNAMESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aUnit(String store) {
        open(store);
        Unit saved = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Unit byA = a.org().units().get(0);
        Unit byB = b.org().units().get(0);
        a.org().saveUnit(new Unit(saved.id(), "VP", "Văn phòng Sở Nội vụ", null, null), byA);
        String text = refused(() -> b.org().saveUnit(new Unit(saved.id(), "VPS", "Văn phòng Sở", null, null), byB),
                "«Văn phòng Sở» → «Văn phòng Sở Nội vụ»");
        assertTrue(text.startsWith("Đơn vị VP đã được người khác lưu") && text.contains("Tên đơn vị: «Văn phòng Sở» → "
                + "«Văn phòng Sở Nội vụ»") && !text.contains("Mã"), text);
        Bloc bloc = a.org().saveBloc(new Bloc(0, "Khối các cơ quan"));
        Bloc blocB = b.org().blocs().get(0);
        a.org().saveBloc(new Bloc(bloc.id(), "Khối các cơ quan tổng hợp"), bloc);
        String blocText = refused(() -> b.org().saveBloc(new Bloc(bloc.id(), "Khối văn phòng"), blocB),
                "«Khối các cơ quan» → «Khối các cơ quan tổng hợp»");
        assertTrue(blocText.startsWith("Khối thi đua «Khối các cơ quan tổng hợp»"), blocText);
        assertEquals("Khối các cơ quan tổng hợp", b.org().blocs().get(0).name());
        Unit now = b.org().units().get(0);
        assertEquals("VP", now.code());
        b.org().saveUnit(new Unit(saved.id(), "VPS", now.name(), null, null), now);
        assertEquals("VPS", a.org().units().get(0).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aCouncilItsMemberAndItsMeeting(String store) {
        open(store);
        Council c = a.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Sở Nội vụ", null, Map.of()));
        Council cB = b.council().admin().councils().get(0);
        a.council().admin().saveCouncil(new Council(c.id(), c.name(), "46/QĐ-SNV", c.decisionDate(), c.authority(), null,
                Map.of()), c);
        String text = refused(() -> b.council().admin().saveCouncil(new Council(c.id(), c.name(), c.decisionNo(),
                c.decisionDate(), "Sở Nội vụ tỉnh", null, Map.of()), cB), "«45/QĐ-SNV» → «46/QĐ-SNV»");
        assertTrue(text.contains("Số quyết định thành lập: «45/QĐ-SNV» → «46/QĐ-SNV»") && !text.contains("Cơ quan"), text);
        assertEquals("Sở Nội vụ", b.council().admin().councils().get(0).authority());
        Council now = b.council().admin().councils().get(0);
        b.council().admin().saveCouncil(new Council(c.id(), c.name(), now.decisionNo(), c.decisionDate(), "Sở Nội vụ tỉnh",
                null, Map.of()), now);

        CouncilMember chair = a.council().admin().saveMember(new CouncilMember(0, c.id(), "Nguyễn Văn A", "Giám đốc",
                MemberRole.CHU_TICH, LocalDate.of(2024, 1, 5), null));
        CouncilMember secretary = a.council().admin().saveMember(new CouncilMember(0, c.id(), "Trần Thị B", null,
                MemberRole.UY_VIEN_THU_KY, LocalDate.of(2024, 1, 5), null));
        CouncilMember mB = b.council().admin().members(c.id()).get(0);
        a.council().admin().saveMember(new CouncilMember(chair.id(), c.id(), chair.fullName(), "Giám đốc Sở",
                MemberRole.CHU_TICH, chair.termFrom(), null), chair);
        text = refused(() -> b.council().admin().saveMember(new CouncilMember(chair.id(), c.id(), chair.fullName(),
                "Giám đốc", MemberRole.CHU_TICH, chair.termFrom(), LocalDate.of(2026, 12, 31)), mB), "«Giám đốc Sở»");
        assertTrue(text.contains("Chức vụ: «Giám đốc» → «Giám đốc Sở»") && !text.contains("Nhiệm kỳ"), text);
        assertEquals(null, b.council().admin().members(c.id()).get(0).termTo());

        Meeting m = a.council().meetings().saveMeeting(new Meeting(0, c.id(), LocalDate.of(2024, 12, 10), null,
                "Phòng họp tầng 3", SessionKind.XET_KHEN_THUONG, null, chair.id(), secretary.id()));
        Meeting meetB = b.council().meetings().meeting(m.id()).orElseThrow();
        a.council().meetings().saveMeeting(new Meeting(m.id(), c.id(), m.date(), null, "Phòng họp tầng 2", m.kind(), null,
                chair.id(), secretary.id()), m);
        text = refused(() -> b.council().meetings().saveMeeting(new Meeting(m.id(), c.id(), m.date(), null,
                "Phòng họp tầng 3", m.kind(), "Xét khen thưởng năm 2024", chair.id(), secretary.id()), meetB),
                "«Phòng họp tầng 3» → «Phòng họp tầng 2»");
        assertTrue(text.startsWith("Phiên họp ngày 10/12/2024") && text.contains("Địa điểm: «Phòng họp tầng 3» → "
                + "«Phòng họp tầng 2»") && !text.contains("Nội dung"), text);
        Meeting meetNow = b.council().meetings().meeting(m.id()).orElseThrow();
        assertEquals(null, meetNow.content());
        b.council().meetings().saveMeeting(new Meeting(m.id(), c.id(), m.date(), null, meetNow.place(), m.kind(),
                "Xét khen thưởng năm 2024", chair.id(), secretary.id()), meetNow);
        assertEquals("Xét khen thưởng năm 2024", a.council().meetings().meeting(m.id()).orElseThrow().content());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void anExemplaryModel(String store) {
        open(store);
        Unit vp = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        long movement = a.movements().save(MovementDetails.of(Movement.draft("TD2026", "Thi đua năm 2026",
                MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)), "test").movement().id();
        ExemplaryModel m = a.exemplary().save(new ExemplaryModel(0, "DH01", "Tập thể Văn phòng", ModelKind.TAP_THE, null,
                vp.id(), null, "Giảm nghèo", movement, vp.id(), Stage.PHAT_HIEN, LocalDate.of(2026, 3, 1), null), "test");
        ExemplaryModel byB = b.exemplary().byCode("DH01").orElseThrow().model();
        a.exemplary().save(new ExemplaryModel(m.id(), "DH01", m.name(), m.kind(), null, vp.id(), null, "Chuyển đổi số",
                movement, vp.id(), m.stage(), null, null), m, "a");
        String text = refused(() -> b.exemplary().save(new ExemplaryModel(m.id(), "DH01", "Tập thể Văn phòng Sở",
                m.kind(), null, vp.id(), null, "Giảm nghèo", movement, vp.id(), m.stage(), null, null), byB, "b"),
                "«Giảm nghèo» → «Chuyển đổi số»");
        assertTrue(text.startsWith("Điển hình DH01") && text.contains("Lĩnh vực: «Giảm nghèo» → «Chuyển đổi số»")
                && !text.contains("Tên"), text);
        ExemplaryModel now = b.exemplary().byCode("DH01").orElseThrow().model();
        assertEquals("Tập thể Văn phòng", now.name());
        b.exemplary().save(new ExemplaryModel(m.id(), "DH01", "Tập thể Văn phòng Sở", m.kind(), null, vp.id(), null,
                now.field(), movement, vp.id(), m.stage(), null, null), now, "b");
        assertEquals("Tập thể Văn phòng Sở", a.exemplary().byCode("DH01").orElseThrow().model().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aMovementAndItsMilestone(String store) {
        open(store);
        MovementDetails m = a.movements().save(MovementDetails.of(Movement.draft("TD2026", "Thi đua năm 2026",
                MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN)), "a");
        long id = m.movement().id();
        MovementDetails byA = a.movements().find(id).orElseThrow();
        MovementDetails byB = b.movements().find(id).orElseThrow();
        a.movements().save(byA.with(byA.movement().withPlan("12/KH-SNV", LocalDate.of(2026, 1, 15))), byA, "a");
        String text = refused(() -> b.movements().save(byB.with(byB.movement().withTheme("Đoàn kết", null, null)), byB,
                "b"), "«» → «12/KH-SNV»");
        assertTrue(text.startsWith("Phong trào TD2026") && text.contains("Số kế hoạch: «» → «12/KH-SNV»")
                && text.contains("Ngày kế hoạch: «» → «15/01/2026»") && !text.contains("Chủ đề"), text);
        MovementDetails now = b.movements().find(id).orElseThrow();
        assertEquals(null, now.movement().theme());
        b.movements().save(now.with(now.movement().withTheme("Đoàn kết", null, null)), now, "b");
        assertEquals("Đoàn kết", a.movements().find(id).orElseThrow().movement().theme());
        assertEquals("12/KH-SNV", a.movements().find(id).orElseThrow().movement().planNo());

        Milestone ms = a.movements().saveMilestone(new Milestone(0, id, "Gửi bản đăng ký thi đua", LocalDate.of(2026, 3, 31),
                null, null, null), null);
        Milestone msB = b.movements().milestones(id).get(0).milestone();
        a.movements().saveMilestone(ms.withDone(LocalDate.of(2026, 3, 30), "15/BC-VP"), ms);
        text = refused(() -> b.movements().saveMilestone(msB.withDone(LocalDate.of(2026, 3, 31), null), msB),
                "«» → «30/03/2026»");
        assertTrue(text.startsWith("Mốc «Gửi bản đăng ký thi đua»") && text.contains("Ngày hoàn thành: «» → «30/03/2026»")
                && text.contains("Văn bản hoàn thành: «» → «15/BC-VP»"), text);
        assertEquals(LocalDate.of(2026, 3, 30), a.movements().milestones(id).get(0).milestone().doneDate());
        Milestone msNow = b.movements().milestones(id).get(0).milestone();
        b.movements().saveMilestone(msNow.withDone(LocalDate.of(2026, 3, 31), "15/BC-VP"), msNow);
        assertEquals(LocalDate.of(2026, 3, 31), a.movements().milestones(id).get(0).milestone().doneDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aUnitsRegistration(String store) {
        open(store);
        Unit vp = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person an = a.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 5, 5), null,
                "Chuyên viên", vp.id(), LocalDate.of(2020, 1, 1), null));
        Person binh = a.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1986, 6, 6), null,
                "Chuyên viên", vp.id(), LocalDate.of(2020, 1, 1), null));
        // neither clerk has seen a registration: the first save creates it, the second is refused
        Registration none = Registration.none(vp.id(), 2026);
        a.registrations().save(registration(vp, "TTLDTT", new PersonEntry(an.id(), "LDTT", null, null)), none, "a");
        String text = refused(() -> b.registrations().save(registration(vp, null, new PersonEntry(binh.id(), "LDTT", null,
                null)), none, "b"), "«» → «TTLDTT»");
        assertTrue(text.startsWith("Đăng ký thi đua năm 2026 của VP") && text.contains("«» → «TTLDTT»")
                && text.contains("Nguyễn Văn An: «» → «LDTT»") && !text.contains("Trần Thị Bình"), text);
        Registration byA = a.registrations().find(vp.id(), 2026).orElseThrow();
        Registration byB = b.registrations().find(vp.id(), 2026).orElseThrow();
        assertEquals(1, byB.entries().size());
        a.registrations().save(registration(vp, "TTLDTT", new PersonEntry(an.id(), "CSTDCS", null, null)), byA, "a");
        text = refused(() -> b.registrations().save(registration(vp, "TTLDTT", new PersonEntry(an.id(), "LDTT", null, null),
                new PersonEntry(binh.id(), "LDTT", null, null)), byB, "b"), "«LDTT» → «CSTDCS»");
        assertTrue(text.contains("Nguyễn Văn An: «LDTT» → «CSTDCS»") && !text.contains("Bình"), text);
        Registration now = b.registrations().find(vp.id(), 2026).orElseThrow();
        b.registrations().save(registration(vp, "TTLDTT", new PersonEntry(an.id(), "CSTDCS", null, null),
                new PersonEntry(binh.id(), "LDTT", null, null)), now, "b");
        assertEquals(2, a.registrations().find(vp.id(), 2026).orElseThrow().entries().size());
    }

    private static Registration registration(Unit unit, String collective, PersonEntry... entries) {
        return new Registration(0, unit.id(), 2026, collective, null, RegistrationStatus.CHUA_GUI, null, null, null,
                List.of(entries));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aDraftDecision(String store) {
        open(store);
        Unit vp = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person an = a.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 5, 5), null,
                "Chuyên viên", vp.id(), LocalDate.of(2020, 1, 1), null));
        RecipientDraft line = RecipientDraft.person(an.id(), "BK_TINH").withOverride("Thành tích đột xuất");
        StoredDraft saved = a.decisions().drafting().saveDraft(null, "CHU_TICH_UBND_TINH", draft("Hưng Yên", line), "a");
        StoredDraft byB = b.decisions().drafting().draft(saved.id()).orElseThrow();
        a.decisions().drafting().saveDraft(saved, "CHU_TICH_UBND_TINH", draft("Phố Hiến", line), "a");
        String text = refused(() -> b.decisions().drafting().saveDraft(byB, "CHU_TICH_UBND_TINH", draft("Hưng Yên",
                line, RecipientDraft.unit(vp.id(), "BK_TINH").withOverride("Thành tích đột xuất")), "b"),
                "«Hưng Yên» → «Phố Hiến»");
        assertTrue(text.startsWith("Dự thảo quyết định Về việc tặng Bằng khen") && text.contains("«Hưng Yên» → «Phố Hiến»")
                && !text.contains("Văn phòng Sở"), text);
        assertEquals(1, a.decisions().drafting().draft(saved.id()).orElseThrow().draft().recipients().size());
        StoredDraft now = b.decisions().drafting().draft(saved.id()).orElseThrow();
        b.decisions().drafting().saveDraft(now, "CHU_TICH_UBND_TINH", draft("Phố Hiến", line,
                RecipientDraft.unit(vp.id(), "BK_TINH").withOverride("Thành tích đột xuất")), "b");
        assertEquals(2, a.decisions().drafting().draft(saved.id()).orElseThrow().draft().recipients().size());
    }

    private static DecisionDraft draft(String place, RecipientDraft... lines) {
        return new DecisionDraft(new DecisionInfo(null, null, null, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", place,
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
                List.of("CHỦ TỊCH"), "Nguyễn Hùng Nam", AwardFormType.CONG_TRANG, 2025, 2025,
                List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"), "đã có thành tích xuất sắc năm 2025",
                "Chánh Văn phòng Ủy ban nhân dân tỉnh", List.of("Như Điều 3;", "Lưu: VT.")), List.of(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aBlocCovenantAndItsScores(String store) {
        open(store);
        Bloc bloc = a.org().saveBloc(new Bloc(0, "Khối tổng hợp"));
        Unit vp = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, bloc.id()));
        Unit tc = a.org().saveUnit(new Unit(0, "TC", "Phòng Tổ chức", null, bloc.id()));
        Covenant c = a.blocs().save(covenant(bloc, 2026, 0, "Hưng Yên", vp, tc), null);
        Covenant byA = a.blocs().covenant(bloc.id(), 2026).orElseThrow();
        Covenant byB = b.blocs().covenant(bloc.id(), 2026).orElseThrow();
        a.blocs().save(covenant(bloc, 2026, c.id(), "Phố Hiến", vp, tc), byA);
        String text = refused(() -> b.blocs().save(covenant(bloc, 2026, c.id(), "Hưng Yên", vp), byB),
                "«Hưng Yên» → «Phố Hiến»");
        assertTrue(text.startsWith("Giao ước thi đua năm 2026 của khối «Khối tổng hợp» đã được người khác lưu")
                && text.contains("Địa điểm ký: «Hưng Yên» → «Phố Hiến»") && !text.contains("Đơn vị ký"), text);
        assertEquals(2, a.blocs().covenant(bloc.id(), 2026).orElseThrow().signers().size(), "nothing of B's save written");
        Covenant now = b.blocs().covenant(bloc.id(), 2026).orElseThrow();
        b.blocs().save(covenant(bloc, 2026, c.id(), now.place(), vp), now);
        assertEquals(1, a.blocs().covenant(bloc.id(), 2026).orElseThrow().signers().size());

        // neither clerk had a covenant for 2027: the first save creates it, the second is refused with what it holds
        Covenant none = Covenant.draft(bloc.id(), 2027);
        a.blocs().save(covenant(bloc, 2027, 0, "Hưng Yên", vp), none);
        text = refused(() -> b.blocs().save(covenant(bloc, 2027, 0, "Phố Hiến", tc), none), "«» → «Hưng Yên»");
        assertTrue(text.contains("Đơn vị ký giao ước: «» → «Văn phòng Sở»"), text);

        List<BlocScore> scoresA = a.blocs().scores(c.id());
        List<BlocScore> scoresB = b.blocs().scores(c.id());
        a.blocs().saveScores(c.id(), List.of(new BlocScore(vp.id(), 1, new BigDecimal("45"))), scoresA);
        text = refused(() -> b.blocs().saveScores(c.id(), List.of(new BlocScore(vp.id(), 1, new BigDecimal("48")),
                new BlocScore(vp.id(), 2, new BigDecimal("40"))), scoresB), "«» → «45»");
        assertTrue(text.startsWith("Bảng điểm năm 2026 của khối «Khối tổng hợp»")
                && text.contains("Văn phòng Sở — Hoàn thành nhiệm vụ: «» → «45»") && !text.contains("Phong trào"), text);
        assertEquals(1, a.blocs().scores(c.id()).size());
        List<BlocScore> scoresNow = b.blocs().scores(c.id());
        b.blocs().saveScores(c.id(), List.of(new BlocScore(vp.id(), 1, new BigDecimal("48")),
                new BlocScore(vp.id(), 2, new BigDecimal("40"))), scoresNow);
        assertEquals(2, a.blocs().scores(c.id()).size());
    }

    private static Covenant covenant(Bloc bloc, int year, long id, String place, Unit... signers) {
        return new Covenant(id, bloc.id(), year, null, LocalDate.of(year, 1, 10), place, null,
                java.util.Arrays.stream(signers).map(u -> new Covenant.CovenantSigner(u.id(), null)).toList(),
                List.of(new BlocCriterion(0, 1, "Hoàn thành nhiệm vụ", new BigDecimal("60")),
                        new BlocCriterion(0, 2, "Phong trào thi đua", new BigDecimal("40"))), null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void aDossiersNoticeDayAndStatus(String store) {
        open(store);
        Unit vp = a.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Dossier d = a.dossiers().save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", 2025, null, vp.id(), Procedure.THUONG,
                null, null), "a");
        Dossier byA = a.dossiers().find(d.id()).orElseThrow();
        Dossier byB = b.dossiers().find(d.id()).orElseThrow();
        a.dossierCalendar().setNoticeStart(d.id(), LocalDate.of(2025, 3, 1), byA);
        String text = refused(() -> b.dossierCalendar().setNoticeStart(d.id(), LocalDate.of(2025, 3, 5), byB),
                "«» → «01/03/2025»");
        assertTrue(text.startsWith("Hồ sơ " + d.code() + " đã được người khác lưu")
                && text.contains("Ngày bắt đầu công khai: «» → «01/03/2025»") && !text.contains("Trạng thái"), text);
        text = refused(() -> b.dossiers().move(d.id(), DossierStatus.DU_HO_SO, "b", null, byB), "«01/03/2025»");
        assertEquals(1, b.dossiers().log(d.id()).size(), "the move was not logged");
        assertEquals(LocalDate.of(2025, 3, 1), b.dossiers().find(d.id()).orElseThrow().noticeStart());

        // another workstation moves it meanwhile: the page that still shows Dự thảo is refused with the new status
        Dossier seen = b.dossiers().find(d.id()).orElseThrow();
        first.dsl().update(vn.tdkt.common.data.jooq.Tables.DOSSIER).set(vn.tdkt.common.data.jooq.Tables.DOSSIER.STATUS,
                DossierStatus.DU_HO_SO.name()).where(vn.tdkt.common.data.jooq.Tables.DOSSIER.ID.eq(d.id())).execute();
        text = refused(() -> b.dossiers().move(d.id(), DossierStatus.DU_HO_SO, "b", null, seen), "dossier " + d.code());
        assertTrue(text.contains("Trạng thái: «Dự thảo» → «Đủ hồ sơ»") && !text.contains("công khai"), text);
        Dossier now = b.dossiers().find(d.id()).orElseThrow();
        b.dossierCalendar().setNoticeStart(d.id(), LocalDate.of(2025, 3, 5), now);
        assertEquals(LocalDate.of(2025, 3, 5), a.dossiers().find(d.id()).orElseThrow().noticeStart());
    }
}
