package vn.tdkt.council.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.ui.MeetingPageModel.AttendanceState;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.people.domain.Person;

/**
 * The meeting page's model without the toolkit: real services on an in-memory database, commands run on the calling
 * thread. A council of 15 members in office, one meeting, three people of Văn phòng Sở.
 */
class MeetingPageModelTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 20);

    private Database db;
    private AppContext ctx;
    private Meeting meeting;
    private Unit vp;
    private final List<Person> people = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private MeetingPageModel model;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data"));
        ctx = new AppContext(db);
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        String[][] names = {{"CB01", "Nguyễn Văn An"}, {"CB02", "Trần Thị Bình"}, {"CB03", "Lê Văn Cường"}};
        for (String[] n : names) {
            people.add(ctx.people().save(new Person(0, n[0], n[1], Gender.MALE, LocalDate.of(1980, 3, 2), null,
                    "Chuyên viên", vp.id(), LocalDate.of(2010, 1, 1), null)));
        }
        Council hd = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ",
                "45/QĐ-SNV", LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            MemberRole role = i == 0 ? MemberRole.CHU_TICH : i == 14 ? MemberRole.UY_VIEN_THU_KY : MemberRole.UY_VIEN;
            members.add(ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), "Thành viên " + (i + 1), null,
                    role, LocalDate.of(2024, 1, 5), null)));
        }
        meeting = ctx.council().meetings().saveMeeting(new Meeting(0, hd.id(), MEETING_DAY, null, "Phòng họp tầng 3",
                SessionKind.XET_KHEN_THUONG, null, members.get(0).id(), members.get(14).id()));
        // the council's side of dossiers without the review engine (these people have no ratings): the agenda's
        // eligibility gate is tested in ProposalThreadTest
        MeetingServices services = new MeetingServices(vn.tdkt.council.service.CouncilServices.of(db, ctx.catalogue(),
                vn.tdkt.council.domain.WomenAtTies.Rule.none()), ctx.dossiers(), ctx.catalogue(), (id, folder, progress) -> 0);
        model = new MeetingPageModel(services, new DirectTaskExecutor(), Messages.of("vi"), meeting.id());
        model.onError(errors::add);
        model.load();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private Dossier dossier(String award, DossierSubject... subjects) {
        Dossier d = ctx.dossiers().save(Dossier.draft(award, "GIAM_DOC_SO", MEETING_DAY.getYear(), null, vp.id(),
                Procedure.THUONG, null, null), "thuky");
        for (DossierSubject s : subjects) {
            ctx.dossiers().addSubject(d.id(), s);
        }
        // complete: its files attached, and Đủ hồ sơ (these people have no ratings, so the review would not let it move
        // there; the eligibility gate of the agenda is tested in ProposalThreadTest)
        try {
            java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("giay-to.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            for (var c : ctx.dossierServices().attachments().checklist(d.id())) {
                ctx.dossierServices().attachments().attach(d.id(), c.item().component().code(), pdf, "thuky");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        db.dsl().update(vn.tdkt.common.data.jooq.Tables.DOSSIER).set(vn.tdkt.common.data.jooq.Tables.DOSSIER.STATUS, "DU_HO_SO")
                .where(vn.tdkt.common.data.jooq.Tables.DOSSIER.ID.eq(d.id())).execute();
        return d;
    }

    private static List<String> problems(Throwable e) {
        return assertInstanceOf(ValidationException.class, e).problems().stream().map(Problem::describe).toList();
    }

    @Test
    void tickingTheAttendanceShowsTheQuorumLiveAndSavingKeepsIt() {
        assertEquals(15, model.attendance().size());
        assertEquals(AttendanceState.NOT_SAVED, model.attendanceStateProperty().get());
        assertTrue(model.attendance().stream().allMatch(l -> l.statusProperty().get() == AttendanceStatus.CO_MAT));
        assertEquals("Đủ số thành viên dự họp: 15/15 (100,00 %) ≥ 80 %",
                model.quorumProperty().get().orElseThrow().message());

        for (int i = 1; i <= 4; i++) {
            model.attendance().get(i).statusProperty().set(AttendanceStatus.VANG_CO_Y_KIEN);
        }
        assertEquals(AttendanceState.UNSAVED, model.attendanceStateProperty().get());
        assertEquals("Không đủ số thành viên dự họp: 11/15 (73,33 %) < 80 %",
                model.quorumProperty().get().orElseThrow().message());

        model.attendance().get(5).statusProperty().set(AttendanceStatus.VANG_CO_LY_DO);
        model.attendance().get(6).statusProperty().set(AttendanceStatus.VANG_KHONG_LY_DO);
        model.saveAttendance();
        assertEquals(List.of("Điểm danh: Thành viên 2: vắng có ý kiến bằng văn bản nhưng chưa ghi ý kiến",
                "Điểm danh: Thành viên 3: vắng có ý kiến bằng văn bản nhưng chưa ghi ý kiến",
                "Điểm danh: Thành viên 4: vắng có ý kiến bằng văn bản nhưng chưa ghi ý kiến",
                "Điểm danh: Thành viên 5: vắng có ý kiến bằng văn bản nhưng chưa ghi ý kiến",
                "Điểm danh: Thành viên 6: vắng có lý do nhưng chưa ghi lý do"), problems(errors.get(0)),
                "every problem at once; an absence without a reason needs no note");
        for (int i = 1; i <= 4; i++) {
            model.attendance().get(i).noteProperty().set("Đồng ý với danh sách đề nghị");
        }
        assertEquals(AttendanceState.UNSAVED, model.attendanceStateProperty().get(), "refused: still unsaved");
        assertTrue(ctx.council().meetings().attendance(meeting.id()).isEmpty());

        model.attendance().get(5).noteProperty().set("Đi công tác");
        model.saveAttendance();
        assertEquals(1, errors.size());
        assertEquals(AttendanceState.SAVED, model.attendanceStateProperty().get());
        assertEquals(15, ctx.council().meetings().attendance(meeting.id()).size());
        assertEquals(9, model.presentCount());
        assertFalse(model.quorumProperty().get().orElseThrow().ok());
        assertEquals("Đi công tác", model.attendance().get(5).noteProperty().get(), "reloaded as saved");
        assertEquals(AttendanceStatus.VANG_KHONG_LY_DO, ctx.council().meetings().attendance(meeting.id()).stream()
                .filter(a -> a.memberId() == model.attendance().get(6).member().id()).findFirst().orElseThrow().status());

        model.markAllPresent();
        assertEquals("Đủ số thành viên dự họp: 15/15 (100,00 %) ≥ 80 %",
                model.quorumProperty().get().orElseThrow().message());
        assertEquals(AttendanceState.UNSAVED, model.attendanceStateProperty().get());
    }

    @Test
    void aDossiersSubjectsBecomeCandidatesInOneCall() {
        Dossier d = dossier("CSTDCS", DossierSubject.person(people.get(0).id()), DossierSubject.person(people.get(1).id()));
        List<String> summaries = new ArrayList<>();
        model.addFromDossier(d.id(), summaries::add);

        assertEquals(List.of(), errors);
        assertEquals(List.of("Đã thêm 2 ứng viên từ hồ sơ " + d.code() + "."), summaries);
        assertEquals(List.of("CB01", "CB02"), model.candidates().stream().map(Candidate::subjectCode).toList());
        assertEquals(List.of(1, 2), model.candidates().stream().map(Candidate::seq).toList());
        assertEquals(d.id(), model.candidates().get(0).dossierId());
        assertEquals("Chiến sĩ thi đua cơ sở", model.agenda().get(0).titleName());

        model.addFromDossier(d.id(), summaries::add);
        assertEquals("Đã thêm 0 ứng viên từ hồ sơ " + d.code() + ".\n"
                + "Bỏ qua Nguyễn Văn An: Nguyễn Văn An đã có trong danh sách xét \"Chiến sĩ thi đua cơ sở\"\n"
                + "Bỏ qua Trần Thị Bình: Trần Thị Bình đã có trong danh sách xét \"Chiến sĩ thi đua cơ sở\"", summaries.get(1));
        assertEquals(2, ctx.council().meetings().agenda(meeting.id()).get(0).candidates().size());
    }

    @Test
    void aDossierInDraftDoesNotGoOnTheAgendaAndAnAdmittedOneMovesToTheCouncil() {
        Dossier d = dossier("CSTDCS", DossierSubject.person(people.get(0).id()));
        List<String> summaries = new ArrayList<>();
        model.addFromDossier(d.id(), summaries::add);
        assertEquals(vn.tdkt.dossier.domain.DossierStatus.TRINH_HOI_DONG, ctx.dossiers().find(d.id()).orElseThrow().status());
        assertEquals("Đưa vào chương trình phiên họp ngày 20/11/2026", ctx.dossiers().log(d.id()).get(
                ctx.dossiers().log(d.id()).size() - 1).note());

        Dossier draft = ctx.dossiers().save(Dossier.draft("CSTDCS", "GIAM_DOC_SO", MEETING_DAY.getYear(), null, vp.id(),
                Procedure.THUONG, null, null), "thuky");
        ctx.dossiers().addSubject(draft.id(), DossierSubject.person(people.get(1).id()));
        model.addFromDossier(draft.id(), summaries::add);
        assertEquals(List.of("Hồ sơ " + draft.code() + " đang ở trạng thái \"Dự thảo\": chỉ hồ sơ \"Đủ hồ sơ\" mới được "
                + "đưa vào chương trình họp."), List.of(errors.get(0).getMessage()));
        assertEquals(1, ctx.council().meetings().agenda(meeting.id()).get(0).candidates().size());
        List<Dossier> offered = new ArrayList<>();
        model.dossiers(offered::addAll);
        assertEquals(List.of(d.id()), offered.stream().map(Dossier::id).toList(), "only the dossiers the workflow allows");
    }

    @Test
    void aRefusedSubjectLeavesNothingWritten() {
        Dossier d = dossier("CSTDCS", DossierSubject.person(people.get(0).id()), DossierSubject.person(people.get(1).id()));
        // a collective on a dossier of an individual title (entered before the catalogue was corrected)
        db.dsl().insertInto(DOSSIER_SUBJECT, DOSSIER_SUBJECT.DOSSIER_ID, DOSSIER_SUBJECT.KIND, DOSSIER_SUBJECT.UNIT_ID)
                .values(d.id(), "TAP_THE", vp.id()).execute();
        List<String> summaries = new ArrayList<>();
        model.addFromDossier(d.id(), summaries::add);

        assertEquals(List.of(), summaries);
        assertEquals(List.of("Hồ sơ " + d.code() + " chưa được đưa vào chương trình họp: Văn phòng Sở (tập thể): «Chiến sĩ thi đua "
                + "cơ sở» không xét tặng cho tập thể."), problems(errors.get(0)));
        assertTrue(ctx.council().meetings().agenda(meeting.id()).isEmpty(), "the two persons were not written either");
        assertTrue(model.candidates().isEmpty());
    }

    @Test
    void theTallyShowsResultsAndOffersAFurtherRoundOnlyForATie() {
        for (Person p : people) {
            ctx.council().meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, p.code(), null);
        }
        ctx.council().meetings().setQuota(meeting.id(), "CSTDCS", 1);
        model.load();
        model.saveAttendance();
        assertEquals("CSTDCS", model.tallyTitleProperty().get().titleCode());
        assertFalse(model.secondRoundDueProperty().get(), "nothing voted yet");
        assertEquals(15, model.memberCount());
        assertEquals(15, model.presentCount());

        Map<Long, Integer> votes = new LinkedHashMap<>();
        List<Candidate> all = model.votedOn(false);
        votes.put(all.get(0).id(), 13);
        votes.put(all.get(1).id(), 13);
        votes.put(all.get(2).id(), 10);
        ctx.council().ballots().recordRound(meeting.id(), "CSTDCS", new BallotCounts(15, 15, 15, 15, 15, 0), votes);
        model.load();

        assertEquals(List.of("CB01 1 Đồng hạng tại điểm cắt", "CB02 1 Đồng hạng tại điểm cắt", "CB03 3 Không đạt ngưỡng"),
                model.results().stream().map(r -> r.candidate().subjectCode() + " " + r.outcome().rank() + " "
                        + r.outcome().selection().label()).toList());
        assertEquals("86,67 %", model.results().get(0).percentText());
        assertTrue(model.tallySummaryProperty().get().startsWith("Chiến sĩ thi đua cơ sở: vòng 1; phiếu phát ra 15"),
                model.tallySummaryProperty().get());
        assertTrue(model.secondRoundDueProperty().get());
        assertEquals(List.of("CB01", "CB02"), model.votedOn(true).stream().map(Candidate::subjectCode).toList());

        model.clearRounds(model.tallyTitleProperty().get());
        assertTrue(model.results().isEmpty());
        assertFalse(model.secondRoundDueProperty().get());
        assertEquals("", model.tallySummaryProperty().get());
    }
}
