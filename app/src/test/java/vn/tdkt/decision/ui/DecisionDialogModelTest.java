package vn.tdkt.decision.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;

/** The decision draft's model without the toolkit: real services on an in-memory H2, work on the calling thread. */
class DecisionDialogModelTest {

    private AppContext ctx;
    private DirectTaskExecutor tasks;
    private DecisionDialogModel model;
    private Unit vanPhong;

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = ctx.org().saveUnit(new Unit(0, "SNV-VP", "Văn phòng Sở", so.id(), null));
        ctx.people().save(new Person(0, "CB001", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 5, 12), null,
                "Phó Giám đốc Sở", so.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB002", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 3, 2), null,
                "Chuyên viên", vanPhong.id(), LocalDate.of(2012, 1, 1), null));
        tasks = new DirectTaskExecutor();
        model = new DecisionDialogModel(ctx.decisions().drafting(), tasks, Messages.of("vi"),
                new DecisionDialogModel.Prepared(ctx.catalogue().catalogue(), ctx.people().index(), ctx.org().units(),
                        Optional.empty(), ctx.catalogue().regimes().catalog()));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private PersonRow person(String code) {
        return model.people().stream().filter(r -> r.person().code().equals(code)).findFirst().orElseThrow();
    }

    private void particulars(String number) {
        model.number.set(number);
        model.issuer.set("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN");
        model.place.set("Hưng Yên");
        model.subject.set("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        model.authority.set("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên");
        model.signerFor.set("Chủ tịch");
        model.signerPosition.set("Phó Chủ tịch");
        model.signerName.set("Nguyễn Hùng Nam");
        model.executors.set("Giám đốc Sở Nội vụ");
        model.yearFrom.set(2025);
        model.yearTo.set(2025);
        model.date.set(LocalDate.of(2026, 1, 15));
    }

    /** Runs the save command as the form does, on the calling thread; returns the saved decision or the failure. */
    private Object save() {
        List<Object> out = new ArrayList<>();
        tasks.run("save", model.save(), out::add, out::add);
        return out.get(0);
    }

    @Test
    void validationShowsEveryProblemAtOnceAndWritesNothing() {
        model.issuer.set(" ");
        model.place.set("");
        model.number.set("125-QD");
        Object result = save();
        List<DecisionField> fields = assertInstanceOf(ValidationException.class, result).problems().stream()
                .map(p -> (DecisionField) p.field()).toList();
        assertEquals(List.of(DecisionField.NUMBER, DecisionField.ISSUER, DecisionField.PLACE, DecisionField.SUBJECT,
                DecisionField.AUTHORITY, DecisionField.SIGNER_NAME, DecisionField.EXECUTORS, DecisionField.SIGNER_TITLE,
                DecisionField.RECIPIENTS), fields);
        Problem number = ((ValidationException) result).problems().get(0);
        assertEquals("Số quyết định: \"125-QD\" không đúng dạng số/ký hiệu, ví dụ 125/QĐ-UBND", number.describe());
        assertEquals("Decision number: \"125-QD\" is not a number/symbol such as 125/QĐ-UBND",
                number.describe(java.util.Locale.ENGLISH));
        assertTrue(ctx.decisions().reports().register().isEmpty(), "nothing written");
    }

    @Test
    void recipientsAreAddedOnceWithAKindThatSuitsThem() {
        model.addPeople(List.of(person("CB001"), person("CB002")));
        model.addPeople(List.of(person("CB001")));
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), model.lines.stream().map(DecisionDialogModel.Line::name).toList());
        assertEquals("BK_TINH", model.lines.get(0).kindProperty().get().code());

        model.pickerType.set(Recipient.TAP_THE);
        assertTrue(model.kinds.stream().allMatch(k -> k.subject().allowsUnit()));
        model.addUnits(List.of(vanPhong));
        assertEquals("Sở Nội vụ", model.lines.get(2).unitName(), "a unit's line shows its parent");
        assertEquals("Văn phòng Sở (Sở Nội vụ)", model.unitLabel(vanPhong));

        model.pickerType.set(Recipient.HO_GIA_DINH);
        assertTrue(model.kinds.stream().allMatch(k -> k.category() == AwardCategory.HINH_THUC));
        model.householdName.set("  Hộ ông Lê Văn Cường ");
        model.householdAddress.set("xã Tân Hưng");
        model.addHousehold();
        assertEquals("Hộ ông Lê Văn Cường", model.lines.get(3).name());
        assertEquals("", model.householdName.get(), "the household fields are cleared");

        model.goldBookStart.set("120");
        assertEquals(List.of(120, 121, 122, 123), List.of(model.goldBookNo(0), model.goldBookNo(1), model.goldBookNo(2),
                model.goldBookNo(3)));
        model.remove(List.of(model.lines.get(1)));
        assertEquals(3, model.lines.size());
    }

    @Test
    void theMoneyFollowsTheListTheDateAndTheKind() {
        assertEquals(Messages.of("vi").get("decision.draft.empty"), model.totalProperty().get());
        particulars("125/QĐ-UBND");
        model.addPeople(List.of(person("CB001"), person("CB002")));
        model.pickerType.set(Recipient.TAP_THE);
        model.addUnits(List.of(vanPhong));
        assertEquals("Tổng cộng 3 người nhận, tiền thưởng 14.040.000 đ", model.totalProperty().get());
        assertEquals(3_510_000, model.lines.get(0).paymentProperty().get().amount());

        model.date.set(LocalDate.of(2026, 7, 1)); // base salary 2.530.000 đ from 01/07/2026
        assertEquals("Tổng cộng 3 người nhận, tiền thưởng 15.190.000 đ", model.totalProperty().get());
        model.date.set(null);
        assertEquals(Messages.of("vi").get("decision.draft.needDate"), model.totalProperty().get());
        assertNull(model.lines.get(0).paymentProperty().get());
        model.date.set(LocalDate.of(2026, 1, 15));

        model.setKind(model.lines.get(1), model.suitable(Recipient.CA_NHAN).stream()
                .filter(k -> k.code().equals("CSTDCS")).findFirst().orElseThrow());
        assertNotEquals("Tổng cộng 3 người nhận, tiền thưởng 14.040.000 đ", model.totalProperty().get());
    }

    @Test
    void aNewDateBringsItsLegalBasisAndTheYearsTheirCitation() {
        model.date.set(LocalDate.of(2023, 6, 1));
        List<String> old = List.copyOf(model.legalBasis);
        model.date.set(LocalDate.of(2026, 1, 15));
        assertTrue(model.legalBasis.stream().anyMatch(l -> l.contains("152/2025/NĐ-CP")), model.legalBasis.toString());
        assertNotEquals(old, List.copyOf(model.legalBasis));
        model.legalBasis.add("Căn cứ riêng;");
        model.date.set(LocalDate.of(2023, 6, 1));
        assertTrue(model.legalBasis.contains("Căn cứ riêng;"), "edited căn cứ are kept");

        model.yearFrom.set(2021);
        model.yearTo.set(2025);
        assertEquals("đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2021-2025", model.citation.get());
        model.citation.set("đã có thành tích xuất sắc");
        model.yearTo.set(2024);
        assertEquals("đã có thành tích xuất sắc", model.citation.get(), "an edited citation is kept");
    }

    @Test
    void theDraftIsSavedInOneCallWithItsSignerAndGoldBookNumbers() {
        particulars("125/QĐ-UBND");
        model.goldBookStart.set("41");
        model.addPeople(List.of(person("CB001"), person("CB002")));
        Decision saved = assertInstanceOf(Decision.class, save());
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), saved.info().signerTitle());
        assertEquals(List.of(41, 42), saved.recipients().stream().map(r -> r.goldBookNo()).toList());
        assertEquals(7_020_000, saved.total());
        assertEquals(1, ctx.decisions().reports().register().size());
        assertEquals(2, ctx.records().ofPerson(person("CB001").person().id()).awards().size()
                + ctx.records().ofPerson(person("CB002").person().id()).awards().size());
    }
}
