package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.review.domain.ReviewLine;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.service.ReviewService;

/** The counters: eligible and proposed per title; the CSTĐCS cap = floor(cap % × LĐTT proposed) when in force. */
class ReviewCountersTest {

    private static Database db;
    private static RuleSet nd91;
    private static RuleSet nd152;

    @BeforeAll
    static void rules() {
        db = Database.inMemory();
        ReviewService service = new ReviewService(db, new CatalogueService(db));
        nd91 = service.parametersOn(LocalDate.of(2023, 12, 31));
        nd152 = service.parametersOn(LocalDate.of(2025, 12, 31));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReviewRow row(int id, Title title, boolean eligible, boolean proposed) {
        SubjectRef s = new SubjectRef(AwardSubject.CA_NHAN, id, "CB" + id, "Cán bộ " + id);
        Assessment a = Assessment.of(s, title, List.of(Criterion.required(Msg.of("common.literal", "tiêu chuẩn"), eligible,
                Msg.of("common.literal", "bằng chứng"), "căn cứ", Msg.of("common.literal", "cần thêm"))), "căn cứ");
        Proposal p = proposed ? new Proposal(2023, AwardSubject.CA_NHAN, id, title, "văn thư", LocalDateTime.now()) : null;
        return new ReviewRow(new ReviewLine(a, 1, "Văn phòng", p));
    }

    /** 20 eligible for LĐTT of whom {@code ldtt} proposed; 5 eligible for CSTĐCS of whom {@code cstdcs} proposed. */
    private static List<ReviewRow> rows(int ldtt, int cstdcs) {
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            rows.add(row(i, Title.LDTT, i < 20, i < ldtt));
            rows.add(row(i, Title.CSTDCS, i < 5, i < cstdcs));
        }
        return rows;
    }

    private static ReviewCounters.Counter of(List<ReviewCounters.Counter> all, Title t) {
        return all.stream().filter(c -> c.title() == t).findFirst().orElseThrow();
    }

    @Test
    void theCapIsFifteenPercentOfTheLdttProposedRoundedDown() {
        List<ReviewCounters.Counter> c = ReviewCounters.count(rows(13, 2), nd91);
        assertEquals(List.of(Title.LDTT, Title.CSTDCS), c.stream().map(ReviewCounters.Counter::title).toList());
        ReviewCounters.Counter ldtt = of(c, Title.LDTT);
        assertEquals(List.of(20L, 13L), List.of(ldtt.eligible(), ldtt.proposed()));
        assertNull(ldtt.cap());
        ReviewCounters.Counter cstdcs = of(c, Title.CSTDCS);
        assertEquals(5, cstdcs.eligible());
        assertEquals(1, cstdcs.cap(), "15 % × 13 = 1,95 → 1");
        assertEquals(new BigDecimal("15"), cstdcs.percent());
        assertEquals(13, cstdcs.base());
        assertTrue(cstdcs.exceeded(), "2 proposed > 1");
        assertFalse(of(ReviewCounters.count(rows(14, 2), nd91), Title.CSTDCS).exceeded(), "15 % × 14 = 2,1 → 2");
    }

    @Test
    void noCapWhereTheRegimeSetsNone() {
        ReviewCounters.Counter cstdcs = of(ReviewCounters.count(rows(0, 5), nd152), Title.CSTDCS);
        assertNull(cstdcs.cap());
        assertFalse(cstdcs.exceeded());
        assertEquals(5, cstdcs.proposed());
    }
}
