package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The thread from Bình xét to the decision without the toolkit, on real services: tick every eligible row shown,
 * "Lập hồ sơ" (one dossier per title and deciding level), the agenda that takes only a dossier the workflow allows,
 * the tally that moves the dossier, the decision; the stage of each proposal read back at every step.
 */
class ProposalThreadTest {

    private static final int YEAR = 2024;
    private static final LocalDate MEETING_DAY = LocalDate.of(2025, 1, 10);

    private AppContext ctx;
    private Database db;
    private Unit so;
    private final List<Person> people = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private ReviewViewModel model;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data"));
        ctx = new AppContext(db);
        so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        Unit tccb = ctx.org().saveUnit(new Unit(0, "TCCB", "Phòng Tổ chức cán bộ", so.id(), null));
        String[][] staff = {{"CB001", "Nguyễn Văn An"}, {"CB002", "Trần Văn Bình"}, {"CB003", "Lê Văn Cường"}};
        for (int i = 0; i < staff.length; i++) {
            Person p = ctx.people().save(new Person(0, staff[i][0], staff[i][1], Gender.MALE, LocalDate.of(1980 + i, 2, 10),
                    null, "Chuyên viên", i == 0 ? vp.id() : tccb.id(), LocalDate.of(2012, 3, 1), null));
            ctx.records().saveRating(new Rating(0, p.id(), null, YEAR, i < 2 ? RatingLevel.HTTNV : RatingLevel.HTNV));
            people.add(p);
        }
        model = new ReviewViewModel(ctx.reviewSheets(), ctx.proposals(), new DirectTaskExecutor(), Messages.of("vi"),
                "thuky", YEAR);
        model.onError(errors::add);
        model.run();
        assertEquals(List.of(), errors);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private ReviewRow row(String code, Title title) {
        return model.rows().stream().filter(r -> r.assessment().subject().code().equals(code)
                && r.assessment().title() == title).findFirst().orElseThrow(() -> new AssertionError(code + " " + title));
    }

    private ProposalStage stage(String code) {
        return row(code, Title.LDTT).proposalProperty().get().stage();
    }

    @Test
    void aProposalMovesFromTheReviewToTheDecisionAndEveryStepShowsOnItsRow() throws java.io.IOException {
        model.titleProperty().set(Title.LDTT);
        assertEquals(Verdict.ELIGIBLE, row("CB001", Title.LDTT).assessment().verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, row("CB003", Title.LDTT).assessment().verdict());
        model.proposeAllShown();
        assertEquals(List.of(), errors);
        assertEquals("Đã đề xuất 2 dòng.", model.statusProperty().get());
        assertEquals(ProposalStage.DE_XUAT, stage("CB001"));
        assertFalse(row("CB003", Title.LDTT).proposed(), "a row not eligible is not ticked");

        model.openDossiers();
        assertEquals(List.of(), errors);
        List<Dossier> dossiers = ctx.dossiers().list(DossierFilter.all());
        assertEquals(1, dossiers.size(), "one dossier for the title and its deciding level");
        Dossier d = dossiers.get(0);
        assertEquals("Đã lập 1 hồ sơ: " + d.code() + ".", model.statusProperty().get());
        assertEquals("LDTT", d.awardCode());
        assertEquals("GIAM_DOC_SO", d.decidingLevel(), "Luật TĐKT 2022 Điều 80 k1: the head of the Sở decides LĐTT");
        assertEquals(YEAR, d.achievementYear());
        assertEquals(so.id(), d.proposingUnitId(), "the lowest unit holding both people");
        assertEquals(2, ctx.dossiers().subjects(d.id()).size());
        assertEquals(ProposalStage.TRONG_HO_SO, stage("CB001"));
        assertEquals(d.id(), row("CB002", Title.LDTT).proposalProperty().get().progress().dossierId());
        assertFalse(ReviewViewModel.proposable(row("CB001", Title.LDTT)), "withdrawn in its dossier, not by unticking");

        model.openDossiers();
        assertEquals("Không còn đề xuất nào để lập hồ sơ: các dòng đã chọn chưa được đề xuất hoặc đã có hồ sơ, quyết định.",
                assertInstanceOf(AppException.class, errors.remove(0)).getMessage());
        assertEquals(1, ctx.dossiers().list(DossierFilter.all()).size(), "a proposal goes in one dossier");

        Meeting meeting = meeting();
        AppException draft = assertInstanceOf(AppException.class, refused(() ->
                ctx.council().meetings().addCandidates(meeting.id(), d.id())));
        assertEquals("Hồ sơ " + d.code() + " đang ở trạng thái \"Dự thảo\": chỉ hồ sơ \"Đủ hồ sơ\" mới được đưa vào chương "
                + "trình họp.", draft.getMessage());
        assertTrue(ctx.council().meetings().agenda(meeting.id()).isEmpty());

        complete(d);
        ctx.council().meetings().addCandidates(meeting.id(), d.id());
        assertEquals(DossierStatus.TRINH_HOI_DONG, ctx.dossiers().find(d.id()).orElseThrow().status());
        model.run();
        assertEquals(ProposalStage.TRINH_HOI_DONG, stage("CB001"));
        assertEquals(meeting.id(), row("CB001", Title.LDTT).proposalProperty().get().progress().meetingId());

        List<Candidate> candidates = ctx.council().meetings().agenda(meeting.id()).get(0).candidates();
        Map<Long, Integer> votes = new LinkedHashMap<>();
        votes.put(candidates.get(0).id(), 10);
        votes.put(candidates.get(1).id(), 3);
        ctx.council().ballots().recordRound(meeting.id(), "LDTT", new BallotCounts(11, 11, 11, 11, 11, 0), votes);
        assertEquals(DossierStatus.DA_BO_PHIEU, ctx.dossiers().find(d.id()).orElseThrow().status(),
                "the council's result moves the dossier");
        model.run();
        assertEquals(ProposalStage.DAT, stage(candidates.get(0).subjectCode()));
        assertEquals(ProposalStage.KHONG_DAT, stage(candidates.get(1).subjectCode()));

        ctx.council().ballots().clearRounds(meeting.id(), "LDTT");
        assertEquals(DossierStatus.TRINH_HOI_DONG, ctx.dossiers().find(d.id()).orElseThrow().status(), "results taken back");
        ctx.council().ballots().recordRound(meeting.id(), "LDTT", new BallotCounts(11, 11, 11, 11, 11, 0), votes);

        ctx.decisions().drafting().record(new DecisionDraft(info(), List.of(RecipientDraft.person(people.get(0).id(), "LDTT"))));
        model.run();
        assertEquals(ProposalStage.DA_QUYET_DINH, stage("CB001"));
        assertEquals("25/QĐ-SNV", row("CB001", Title.LDTT).proposalProperty().get().progress().decisionNo());
    }

    @Test
    void lapQuyetDinhPutsTheTickedRowsInOneDraftPerDecidingLevelAndTitle() {
        model.titleProperty().set(Title.LDTT);
        model.proposeAllShown();
        model.draftDecisions();
        assertEquals(List.of(), errors);
        List<vn.tdkt.decision.domain.DraftSummary> drafts = ctx.decisions().drafting().drafts();
        assertEquals(1, drafts.size(), "one draft for the title and its deciding level");
        vn.tdkt.decision.domain.StoredDraft d = ctx.decisions().drafting().draft(drafts.get(0).id()).orElseThrow();
        assertEquals("GIAM_DOC_SO", d.decidingLevel());
        assertEquals(List.of(people.get(0).id(), people.get(1).id()), d.draft().recipients().stream()
                .map(RecipientDraft::personId).sorted().toList(), "the people ticked, no one else");
        assertTrue(d.draft().recipients().stream().allMatch(r -> "LDTT".equals(r.kindCode())));
        assertEquals("Về việc công nhận danh hiệu Lao động tiên tiến năm 2024", d.draft().info().subject());
        assertEquals(null, d.draft().info().decisionNo(), "the number is given at issue");
        assertTrue(model.statusProperty().get().startsWith("Đã lập 1 dự thảo quyết định với 2 người nhận"),
                model.statusProperty().get());
        assertEquals(ProposalStage.DU_THAO_QD, stage("CB001"));
        assertEquals(d.id(), row("CB002", Title.LDTT).proposalProperty().get().progress().draftId(),
                "the row opens its draft");
        assertFalse(ReviewViewModel.decidable(row("CB001", Title.LDTT)));

        model.draftDecisions();
        assertEquals("Không còn đề xuất nào để lập quyết định: các dòng đang hiển thị chưa được đề xuất, đã có dự thảo hoặc "
                + "quyết định, hoặc Hội đồng không thông qua.", assertInstanceOf(AppException.class, errors.remove(0))
                .getMessage());
        assertEquals(1, ctx.decisions().drafting().drafts().size(), "a proposal goes in one draft");

        ctx.decisions().drafting().deleteDraft(d.id());
        model.run();
        assertEquals(ProposalStage.DE_XUAT, stage("CB001"), "a deleted draft gives the proposal back");
        assertTrue(ReviewViewModel.decidable(row("CB001", Title.LDTT)));
    }

    @Test
    void lapQuyetDinhMakesADraftPerTitleOfTheRowsShownOnly() {
        model.searchProperty().set("CB001");
        assertEquals(Verdict.ELIGIBLE, row("CB001", Title.GIAY_KHEN).assessment().verdict());
        model.proposeAllShown();
        model.searchProperty().set("");
        model.propose(row("CB002", Title.LDTT), true, () -> { });
        model.searchProperty().set("CB001");
        model.draftDecisions();
        assertEquals(List.of(), errors);
        List<vn.tdkt.decision.domain.StoredDraft> drafts = ctx.decisions().drafting().drafts().stream()
                .map(s -> ctx.decisions().drafting().draft(s.id()).orElseThrow()).toList();
        assertEquals(List.of("GIAY_KHEN", "LDTT"), drafts.stream().map(d -> d.draft().recipients().get(0).kindCode())
                .sorted().toList(), "one draft per title, the same deciding level");
        assertTrue(drafts.stream().allMatch(d -> "GIAM_DOC_SO".equals(d.decidingLevel())
                && d.draft().recipients().size() == 1 && d.draft().recipients().get(0).personId() == people.get(0).id()));
        model.searchProperty().set("");
        assertEquals(ProposalStage.DE_XUAT, stage("CB002"), "a proposal the filter hides is left for later");
    }

    /** Every component of the checklist attached, then Đủ hồ sơ through the workflow. */
    private void complete(Dossier d) throws java.io.IOException {
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("giay-to.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        for (var c : ctx.dossierServices().attachments().checklist(d.id())) {
            ctx.dossierServices().attachments().attach(d.id(), c.item().component().code(), pdf, "thuky");
        }
        ctx.dossiers().move(d.id(), DossierStatus.DU_HO_SO, "thuky", null, null);
    }

    private static Throwable refused(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private Meeting meeting() {
        Council hd = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ",
                "45/QĐ-SNV", LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            MemberRole role = i == 0 ? MemberRole.CHU_TICH : i == 10 ? MemberRole.UY_VIEN_THU_KY : MemberRole.UY_VIEN;
            members.add(ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), "Thành viên " + (i + 1), null,
                    role, LocalDate.of(2024, 1, 5), null)));
        }
        Meeting m = ctx.council().meetings().saveMeeting(new Meeting(0, hd.id(), MEETING_DAY, null, "Phòng họp tầng 3",
                SessionKind.XET_KHEN_THUONG, null, members.get(0).id(), members.get(10).id()));
        ctx.council().meetings().setAttendance(m.id(), members.stream().map(x -> new vn.tdkt.council.domain.Attendance(x.id(),
                vn.tdkt.council.domain.AttendanceStatus.CO_MAT, null)).toList());
        return m;
    }

    private static DecisionInfo info() {
        LocalDate date = LocalDate.of(2025, 1, 20);
        return new DecisionInfo("25/QĐ-SNV", date, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "SỞ NỘI VỤ", "Hưng Yên",
                "Về việc công nhận danh hiệu Lao động tiên tiến năm 2024", "Giám đốc Sở Nội vụ tỉnh Hưng Yên",
                List.of("GIÁM ĐỐC"), "Nguyễn Văn A", AwardFormType.CONG_TRANG, YEAR, YEAR,
                List.of("Căn cứ Luật Thi đua, khen thưởng;"), "đã có thành tích trong công tác năm 2024",
                "Chánh Văn phòng Sở", List.of("Như Điều 3;", "Lưu: VT."));
    }
}
