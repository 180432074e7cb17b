package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The review screen's model without the toolkit, on nine people reviewed for 2023 (NĐ 91/2017: CSTĐCS at most
 * 15 % of the LĐTT proposed): the joined rows, the filters, the counters of the unit in scope and the proposals.
 */
class ReviewViewModelTest {

    private static final String[][] STAFF = {
            {"CB001", "Nguyễn Văn An", "VP"}, {"CB002", "Trần Thị Bình", "TCCB"}, {"CB003", "Lê Văn Cường", "VP"},
            {"CB004", "Phạm Thị Dung", "TCCB"}, {"CB005", "Hoàng Văn Em", "VP"}, {"CB006", "Vũ Thị Giang", "TCCB"},
            {"CB007", "Đặng Văn Hải", "SNV"}, {"CB008", "Bùi Thị Hoa", "VP"}, {"CB009", "Đỗ Văn Khánh", "TCCB"}};

    private AppContext ctx;
    private Unit so;
    private Unit vp;
    private final List<Throwable> errors = new ArrayList<>();
    private ReviewViewModel model;

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.inMemory());
        so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        Unit tccb = ctx.org().saveUnit(new Unit(0, "TCCB", "Phòng Tổ chức cán bộ", so.id(), null));
        for (int i = 0; i < STAFF.length; i++) {
            String[] s = STAFF[i];
            long unit = switch (s[2]) {
                case "VP" -> vp.id();
                case "TCCB" -> tccb.id();
                default -> so.id();
            };
            LocalDate start = s[0].equals("CB004") ? LocalDate.of(2023, 5, 1) : LocalDate.of(2012, 3, 1);
            Person p = ctx.people().save(new Person(0, s[0], s[1], s[1].contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                    LocalDate.of(1980 + i, 1 + i, 10), null, "Chuyên viên", unit, start, null));
            ctx.records().saveRating(new Rating(0, p.id(), null, 2023, i == 0 ? RatingLevel.HTXSNV : RatingLevel.HTTNV));
            if (i == 0) {
                ctx.records().addInitiative(new Initiative(0, p.id(), InitiativeKind.SANG_KIEN,
                        "Số hóa hồ sơ thi đua của Sở", InitiativeScope.CO_SO, 2023, "45/QĐ-SNV", LocalDate.of(2023, 11, 20)));
            }
            if (i == 2) {
                ctx.records().addDiscipline(new Discipline(0, p.id(), DisciplineForm.KHIEN_TRACH, "12/QĐ-SNV",
                        LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31)));
            }
        }
        model = new ReviewViewModel(ctx.reviewSheets(), ctx.proposals(), new DirectTaskExecutor(), Messages.of("vi"),
                "thuky", 2025);
        model.onError(errors::add);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private void review2023() {
        model.yearProperty().set(2023);
        model.run();
        assertEquals(List.of(), errors);
    }

    private ReviewRow row(String code, Title title) {
        return model.rows().stream().filter(r -> r.assessment().subject().code().equals(code)
                && r.assessment().title() == title).findFirst().orElseThrow(() -> new AssertionError(code + " " + title));
    }

    private ReviewCounters.Counter counter(Title title) {
        return model.counters().stream().filter(c -> c.title() == title).findFirst().orElseThrow();
    }

    @Test
    void loadingAYearJoinsTheReviewWithUnitsAndProposals() {
        assertEquals(LocalDate.of(2025, 12, 31), model.reviewDateProperty().get());
        ctx.proposals().setProposed(2023, person("CB002"), Title.LDTT, true, "truongphong");
        review2023();

        assertEquals(LocalDate.of(2023, 12, 31), model.reviewDateProperty().get(), "the review date follows the year");
        assertEquals(2023, model.resultProperty().get().year());
        assertEquals(ALL, model.rows().size(), "9 persons × 15 titles, 3 units × 12 titles");
        assertEquals(List.of("TCCB", "SNV", "VP"), model.units().stream().map(Unit::code).toList());
        ReviewRow an = row("CB001", Title.LDTT);
        assertEquals(vp.id(), an.unitId());
        assertEquals("Văn phòng Sở", an.unitName());
        ReviewRow unit = row("VP", Title.TTLDTT);
        assertEquals(vp.id(), unit.unitId(), "a collective is counted in itself");
        assertEquals("Sở Nội vụ tỉnh Hưng Yên", unit.unitName(), "and shown under its parent");
        assertEquals("truongphong", row("CB002", Title.LDTT).proposalProperty().get().proposedBy());
        assertFalse(an.proposed());
        assertEquals(Verdict.HELD, row("CB003", Title.LDTT).assessment().verdict());
        assertFalse(model.runningProperty().get());
        assertNull(model.taskProperty().get());
    }

    private SubjectRef person(String code) {
        Person p = ctx.people().index().all().stream().map(r -> r.person()).filter(x -> x.code().equals(code))
                .findFirst().orElseThrow();
        return new SubjectRef(AwardSubject.CA_NHAN, p.id(), p.code(),
                p.fullName());
    }

    /** Every person title and every collective title (13 and 8 since #8 added the remaining award kinds). */
    private static final int ALL = 9 * 15 + 3 * 12;

    @Test
    void filtersCombineUnitWithItsSubUnitsTitleResultAndWords() {
        review2023();
        assertEquals(ALL, model.visibleRows().size());
        model.unitProperty().set(so);
        assertEquals(ALL, model.visibleRows().size(), "the Sở holds everyone");
        model.unitProperty().set(vp);
        assertEquals(4 * 15 + 12, model.visibleRows().size());
        assertTrue(model.visibleRows().stream().allMatch(r -> r.unitId() == vp.id()));
        model.unitProperty().set(null);

        model.verdictProperty().set(Verdict.HELD);
        assertTrue(model.visibleRows().stream().allMatch(r -> r.assessment().subject().code().equals("CB003")));
        model.verdictProperty().set(null);

        model.searchProperty().set("pham thi dung");
        model.titleProperty().set(Title.LDTT);
        assertEquals(List.of("CB004"), model.visibleRows().stream().map(r -> r.assessment().subject().code()).toList());
        model.searchProperty().set("");
        model.titleProperty().set(null);
        assertEquals(ALL, model.visibleRows().size());
    }

    @Test
    void tickingProposalsMovesTheCountersAgainstTheFifteenPercentCap() {
        review2023();
        assertEquals(7, counter(Title.LDTT).eligible());
        assertEquals(0, counter(Title.LDTT).proposed());
        assertEquals(0, counter(Title.CSTDCS).cap());
        assertFalse(counter(Title.CSTDCS).exceeded());

        model.propose(row("CB001", Title.CSTDCS), true, () -> { });
        assertTrue(row("CB001", Title.CSTDCS).proposed());
        assertEquals(1, counter(Title.CSTDCS).proposed());
        assertTrue(counter(Title.CSTDCS).exceeded(), "a CSTĐCS without LĐTT proposals exceeds the cap");

        model.rows().stream().filter(r -> r.assessment().title() == Title.LDTT
                && r.assessment().verdict() == Verdict.ELIGIBLE).toList().forEach(r -> model.propose(r, true, () -> { }));
        assertEquals(7, counter(Title.LDTT).proposed());
        assertEquals(1, counter(Title.CSTDCS).cap(), "floor(15 % × 7)");
        assertFalse(counter(Title.CSTDCS).exceeded());
        assertEquals(8, ctx.proposals().proposals(2023).size());
        assertTrue(ctx.proposals().proposals(2023).stream().allMatch(p -> p.proposedBy().equals("thuky")));

        model.unitProperty().set(vp);
        assertEquals(3, counter(Title.LDTT).proposed(), "the counters follow the unit in scope");
        model.unitProperty().set(null);

        model.propose(row("CB002", Title.LDTT), false, () -> { });
        assertEquals(6, counter(Title.LDTT).proposed());
        assertTrue(counter(Title.CSTDCS).exceeded(), "floor(15 % × 6) = 0");

        List<String> refused = new ArrayList<>();
        ReviewRow judged = row("CB002", Title.BK_TINH_DOT_XUAT);
        assertEquals(Verdict.NOT_ASSESSED, judged.assessment().verdict());
        assertTrue(ReviewViewModel.proposable(judged), "proposed on the council's judgement (decision 76)");
        ReviewRow held = row("CB003", Title.LDTT);
        assertFalse(ReviewViewModel.proposable(held));
        model.propose(held, true, () -> refused.add("reset"));
        assertEquals(List.of("reset"), refused, "a held row is refused and its box reset");
        assertEquals("Chỉ đề xuất được trường hợp đủ điều kiện.",
                assertInstanceOf(AppException.class, errors.get(0)).getMessage());
        assertFalse(held.proposed());
        assertEquals(7, ctx.proposals().proposals(2023).size(), "nothing written for the held row");
        errors.clear();

        review2023();
        assertEquals(7, model.rows().stream().filter(ReviewRow::proposed).count(), "proposals come back with the review");
    }

    @Test
    void aMissingDateIsRefusedAndTheVisibleRowsExport() throws IOException {
        model.reviewDateProperty().set(null);
        model.run();
        assertEquals("Ngày xét chưa nhập hoặc không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.",
                assertInstanceOf(AppException.class, errors.get(0)).getMessage());
        assertNull(model.resultProperty().get());
        errors.clear();

        review2023();
        model.titleProperty().set(Title.CSTDCS);
        Path out = Files.createTempDirectory("tdkt-review-vm").resolve("binh-xet-2023");
        assertEquals("binh-xet-2023.xlsx", model.exportName());
        List<Path> written = new java.util.ArrayList<>();
        model.export(out, List.copyOf(model.visibleRows()), written::add);
        assertTrue(model.statusProperty().get().startsWith("Đã xuất 9 dòng ra "), model.statusProperty().get());
        assertEquals(List.of(out.resolveSibling("binh-xet-2023.xlsx")), written, "the window offers Mở tệp for it");
        try (InputStream in = Files.newInputStream(out.resolveSibling("binh-xet-2023.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(10, wb.getSheet("Bình xét năm 2023").getPhysicalNumberOfRows());
        }
        assertEquals(Optional.empty(), Optional.ofNullable(model.taskProperty().get()));
    }
}
