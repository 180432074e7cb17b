package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.Eligibility;
import vn.tdkt.decision.domain.HeaderDefault;
import vn.tdkt.decision.domain.LineCheck;
import vn.tdkt.decision.domain.NewDraft;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Decisions as drafts (#12): a draft has no number or date, is edited and deleted freely; issuing gives them and
 * records the decision in one transaction; a line the review finds not eligible is refused unless the clerk gives a
 * reason, which the issued line, the register and the award list keep; lines the review does not assess are marked;
 * the header of a deciding level is remembered at issue and fills the next draft of that level.
 */
class DecisionDraftServiceTest {

    private final DecisionFixture f = new DecisionFixture();
    /** The review's verdict per person id (others: eligible); what the stub review answers. */
    private final Map<Long, Eligibility> verdicts = new HashMap<>();
    private final DecisionDraftingService drafting = DecisionServices.of(f.db, f.catalogue, (year, lines) -> lines.stream()
            .map(l -> l.personId() == null ? LineCheck.NOT_ASSESSED
                    : verdicts.getOrDefault(l.personId(), Eligibility.DU_DIEU_KIEN) == Eligibility.KHONG_DU_DIEU_KIEN
                    ? new LineCheck(Eligibility.KHONG_DU_DIEU_KIEN, Msg.of("common.literal", "nghỉ hưu, không có đánh giá"), null)
                    : new LineCheck(verdicts.getOrDefault(l.personId(), Eligibility.DU_DIEU_KIEN), null, null)).toList(),
            Clock.fixed(LocalDate.of(2026, 1, 12).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                    ZoneId.of("Asia/Ho_Chi_Minh"))).drafting();
    private final DecisionServices services = f.decisions;

    @AfterEach
    void close() {
        f.close();
    }

    private static DecisionDraft undated(RecipientDraft... lines) {
        DecisionInfo i = DecisionFixture.info(null, null, AwardFormType.CONG_TRANG, 2025, 2025);
        return new DecisionDraft(i, List.of(lines));
    }

    @Test
    void aDraftHasNoNumberNorDateAndIsEditedAndDeleted() {
        StoredDraft saved = drafting.saveDraft(null, "CHU_TICH_UBND_TINH",
                undated(RecipientDraft.person(f.an.id(), "BK_TINH")), "thuky");
        assertNull(saved.draft().info().decisionNo());
        assertNull(saved.draft().info().decisionDate());
        assertEquals("CHU_TICH_UBND_TINH", saved.decidingLevel());
        assertEquals(1, saved.draft().recipients().size());

        StoredDraft edited = drafting.saveDraft(saved, "CHU_TICH_UBND_TINH", undated(RecipientDraft.person(f.an.id(),
                "BK_TINH"), RecipientDraft.person(f.binh.id(), "BK_TINH"), RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH")),
                "thuky");
        assertEquals(saved.id(), edited.id(), "the same draft, edited");
        assertEquals(3, edited.draft().recipients().size());
        List<DraftSummary> listed = drafting.drafts();
        assertEquals(1, listed.size());
        assertEquals(3, listed.get(0).lines());
        assertEquals(List.of("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), listed.get(0).kindNames());
        assertTrue(services.reports().register().isEmpty(), "a draft is not a decision");

        drafting.deleteDraft(saved.id());
        assertTrue(drafting.drafts().isEmpty());
        assertEquals("Dự thảo này không còn (đã được ban hành hoặc xóa ở máy khác). Hãy tải lại danh sách.",
                assertThrows(AppException.class, () -> drafting.saveDraft(saved, null, undated(), "thuky")).getMessage());
    }

    @Test
    void issuingGivesTheNumberAndDateRecordsTheDecisionAndRemembersTheHeaderOfItsLevel() {
        StoredDraft d = drafting.saveDraft(null, "CHU_TICH_UBND_TINH", undated(RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Nguyễn Văn Tám", "Thôn Đông, xã Tân Tiến", "BK_TINH")), "thuky");

        ValidationException bad = assertThrows(ValidationException.class,
                () -> drafting.issue(d.id(), "", null, "lanhdao"));
        assertEquals(List.of(DecisionField.NUMBER, DecisionField.DATE),
                bad.problems().stream().map(Problem::field).toList(), "every problem at once");
        assertEquals(1, drafting.drafts().size(), "a refused issue leaves the draft");

        Decision issued = drafting.issue(d.id(), "15/QĐ-UBND", LocalDate.of(2026, 1, 15), "lanhdao");
        assertEquals("15/QĐ-UBND", issued.info().decisionNo());
        assertEquals(LocalDate.of(2026, 1, 15), issued.info().decisionDate());
        assertEquals(2, issued.recipients().size());
        assertTrue(issued.total() > 0);
        assertEquals(Eligibility.DU_DIEU_KIEN, issued.recipients().get(0).eligibility());
        assertEquals(Eligibility.KHONG_DANH_GIA, issued.recipients().get(1).eligibility(), "a household is not assessed");
        assertTrue(drafting.drafts().isEmpty(), "the draft became the decision");
        assertEquals(1, services.reports().register().size());

        HeaderDefault header = drafting.headerDefault("CHU_TICH_UBND_TINH").orElseThrow();
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", header.issuer());
        assertEquals("Hưng Yên", header.place());
        assertEquals(DecisionFixture.AUTHORITY, header.authority());
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), header.signerTitle());
        assertEquals("Nguyễn Hùng Nam", header.signerName());

        List<StoredDraft> next = drafting.createDrafts(List.of(new NewDraft("CHU_TICH_UBND_TINH", "BK_TINH", 2025,
                List.of(RecipientDraft.person(f.binh.id(), "BK_TINH")))), "thuky");
        DecisionInfo filled = next.get(0).draft().info();
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", filled.issuer(), "the level's header fills the next draft");
        assertEquals("Nguyễn Hùng Nam", filled.signerName());
        assertEquals(DecisionFixture.AUTHORITY, filled.authority());
        assertEquals("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (thành tích năm 2025)", filled.subject());
        assertNull(filled.decisionNo());
        assertThrows(ValidationException.class, () -> drafting.issue(next.get(0).id(), "15/QĐ-UBND", LocalDate.of(2026, 1, 15),
                "lanhdao"), "the number of that date is taken");
        assertEquals(1, drafting.drafts().size());
    }

    @Test
    void aLineTheReviewFindsNotEligibleIsRefusedUnlessAReasonIsKeptAndShown() {
        verdicts.put(f.cuong.id(), Eligibility.KHONG_DU_DIEU_KIEN);
        DecisionDraft refused = undated(RecipientDraft.person(f.an.id(), "BK_TINH"), RecipientDraft.person(f.cuong.id(), "BK_TINH"));
        ValidationException e = assertThrows(ValidationException.class, () -> drafting.saveDraft(null, null, refused, "thuky"));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(2, p.row());
        assertEquals(DecisionField.LINE_OVERRIDE, p.field());
        assertEquals("bình xét thấy không đủ điều kiện Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025: nghỉ hưu, không có "
                + "đánh giá. Ghi lý do để vẫn đưa vào quyết định", p.message());
        assertTrue(drafting.drafts().isEmpty(), "nothing written");

        String reason = "Thành tích đột xuất trong phòng chống bão số 3, Chủ tịch UBND tỉnh chỉ đạo tại Công văn 12/UBND-NC";
        StoredDraft kept = drafting.saveDraft(null, null, undated(RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.cuong.id(), "BK_TINH").withOverride(reason)), "thuky");
        assertEquals(reason, kept.draft().recipients().get(1).overrideReason());
        assertEquals(1, drafting.drafts().get(0).overrides());

        Decision issued = drafting.issue(kept.id(), "16/QĐ-UBND", LocalDate.of(2026, 1, 16), "lanhdao");
        DecisionRecipient line = issued.recipients().get(1);
        assertEquals(Eligibility.KHONG_DU_DIEU_KIEN, line.eligibility());
        assertEquals(reason, line.overrideReason());
        assertNull(issued.recipients().get(0).overrideReason());
        RegisterEntry entry = services.reports().register().get(0);
        assertEquals(1, entry.overrides(), "the register shows the override");
        AwardListRow row = services.reports().awardList("16/QĐ-UBND", LocalDate.of(2026, 1, 16)).rows().get(1);
        assertTrue(row.explanation().endsWith("Bình xét: không đủ điều kiện; vẫn đưa vào quyết định vì: " + reason + "."),
                row.explanation());
    }

    @Test
    void theReviewIsAskedAgainAtIssue() {
        StoredDraft d = drafting.saveDraft(null, null, undated(RecipientDraft.person(f.dung.id(), "BK_TINH")), "thuky");
        verdicts.put(f.dung.id(), Eligibility.KHONG_DU_DIEU_KIEN); // a discipline entered after the draft was saved
        ValidationException e = assertThrows(ValidationException.class,
                () -> drafting.issue(d.id(), "17/QĐ-UBND", LocalDate.of(2026, 1, 17), "lanhdao"));
        assertEquals(DecisionField.LINE_OVERRIDE, e.problems().get(0).field());
        assertEquals(1, drafting.drafts().size());
        assertTrue(services.reports().register().isEmpty());
    }
}
