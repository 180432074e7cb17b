package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL_ADDRESSEE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.LineCheck;
import vn.tdkt.decision.domain.NewDraft;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Header defaults per deciding level (#12): issuing a draft remembers its level's header; "Lập quyết định…" starts with
 * the header remembered last; a draft of a level with no remembered header takes the council's place and addressee for
 * that level, never the header of another level.
 */
class DecisionHeaderDefaultTest {

    private final DecisionFixture f = new DecisionFixture();
    private final DecisionDraftingService drafting = DecisionServices.of(f.db, f.catalogue,
            (year, lines) -> lines.stream().map(l -> LineCheck.NOT_ASSESSED).toList(),
            Clock.fixed(LocalDate.of(2026, 1, 12).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                    ZoneId.of("Asia/Ho_Chi_Minh"))).drafting();

    @AfterEach
    void close() {
        f.close();
    }

    private void issueProvincialDraft() {
        DecisionInfo i = DecisionFixture.info(null, null, AwardFormType.CONG_TRANG, 2025, 2025);
        StoredDraft d = drafting.saveDraft(null, "CHU_TICH_UBND_TINH",
                new DecisionDraft(i, List.of(RecipientDraft.person(f.an.id(), "BK_TINH"))), "thuky");
        drafting.issue(d.id(), "15/QĐ-UBND", LocalDate.of(2026, 1, 15), "lanhdao");
    }

    private DecisionInfo newDraftOf(String level) {
        return drafting.createDrafts(List.of(new NewDraft(level, "BK_TINH", 2025,
                List.of(RecipientDraft.person(f.binh.id(), "BK_TINH")))), "thuky").get(0).draft().info();
    }

    @Test
    void aLevelWithNoHeaderNeverTakesAnotherLevels() {
        issueProvincialDraft();
        DecisionInfo other = newDraftOf("GIAM_DOC_SO");
        assertNull(other.issuer(), "not the province's issuing body");
        assertNull(other.place());
        assertNull(other.authority());
        assertNull(other.signerName());
        assertTrue(other.signerTitle().isEmpty());

        DecisionInfo same = newDraftOf("CHU_TICH_UBND_TINH");
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", same.issuer());
        assertEquals("Nguyễn Hùng Nam", same.signerName());
    }

    @Test
    void withoutARememberedHeaderTheCouncilsPlaceAndAddresseeOfThatLevelFillTheDraft() {
        f.db.transaction(dsl -> {
            long council = dsl.insertInto(COUNCIL).set(COUNCIL.NAME, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ")
                    .set(COUNCIL.DECISION_NO, "01/QĐ-SNV").set(COUNCIL.DECISION_DATE, LocalDate.of(2025, 1, 2))
                    .set(COUNCIL.AUTHORITY, "Sở Nội vụ tỉnh Hưng Yên").set(COUNCIL.PLACE, "Hưng Yên")
                    .returning(COUNCIL.ID).fetchOne().getId();
            dsl.insertInto(COUNCIL_ADDRESSEE).set(COUNCIL_ADDRESSEE.COUNCIL_ID, council)
                    .set(COUNCIL_ADDRESSEE.DECIDING_LEVEL, "GIAM_DOC_SO")
                    .set(COUNCIL_ADDRESSEE.ADDRESSEE, "Giám đốc Sở Nội vụ tỉnh Hưng Yên").execute();
            return null;
        });
        issueProvincialDraft();

        DecisionInfo so = newDraftOf("GIAM_DOC_SO");
        assertEquals("Hưng Yên", so.place());
        assertEquals("Giám đốc Sở Nội vụ tỉnh Hưng Yên", so.authority());
        assertNull(so.issuer(), "the council does not say who issues a Sở's decision");
        assertNull(so.signerName());

        DecisionInfo xa = newDraftOf("CHU_TICH_UBND_XA");
        assertNull(xa.place(), "the council names no addressee of that level");
        assertNull(xa.authority());
    }

    @Test
    void lapQuyetDinhStartsWithTheHeaderRememberedLast() {
        assertTrue(drafting.template().isEmpty());
        issueProvincialDraft();
        DecisionInfo t = drafting.template().orElseThrow();
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", t.issuer());
        assertEquals("Hưng Yên", t.place());
        assertEquals(DecisionFixture.AUTHORITY, t.authority());
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), t.signerTitle());
        assertNull(t.decisionNo());
        assertNull(t.subject());
        assertEquals(AwardFormType.CONG_TRANG, t.formType());
    }
}
