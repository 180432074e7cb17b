package vn.tdkt.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierField;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/** The dossier creation form's model without the toolkit: real services on an in-memory H2, work on the calling thread. */
class DossierDialogModelTest {

    private AppContext ctx;
    private DossierDialogModel model;
    private Unit vanPhong;
    private Person an;

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vanPhong.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null, null,
                vanPhong.id(), LocalDate.of(2012, 1, 1), null));
        model = new DossierDialogModel(ctx.dossiers(), Messages.of("vi"), "thuky", new DossierDialogModel.Prepared(
                ctx.catalogue().catalogue(), ctx.dossiers().levels(), ctx.org().units(), ctx.people().index()));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private void fill(String award) {
        model.award.set(model.data().catalogue().require(award));
        model.level.set(model.data().levels().stream().filter(l -> l.code().equals("GIAM_DOC_SO")).findFirst().orElseThrow());
        model.unit.set(vanPhong);
    }

    private Object save() {
        List<Object> out = new ArrayList<>();
        new DirectTaskExecutor().run("save", model.save(), out::add, out::add);
        return out.get(0);
    }

    /** What the database holds of dossiers: their number, their subjects, the log of each. */
    private String snapshot() {
        List<Dossier> all = ctx.dossiers().list(DossierFilter.all());
        Map<Long, Integer> counts = ctx.dossiers().subjectCounts();
        return all.size() + " " + counts + " " + all.stream().map(d -> ctx.dossiers().log(d.id()).size()).toList();
    }

    @Test
    void theMovementTypedOrPickedIsLinkedAndAnyOtherTextIsKeptAsText() {
        vn.tdkt.movement.domain.Movement pt = ctx.movements().save(vn.tdkt.movement.domain.MovementDetails.of(
                vn.tdkt.movement.domain.Movement.draft("PT-2023", "Phong trào thi đua yêu nước năm 2023",
                        vn.tdkt.movement.domain.MovementKind.THUONG_XUYEN, vn.tdkt.movement.domain.LaunchLevel.BO_TINH)),
                "u").movement();
        model = new DossierDialogModel(ctx.dossiers(), Messages.of("vi"), "thuky", new DossierDialogModel.Prepared(
                ctx.catalogue().catalogue(), ctx.dossiers().levels(), ctx.org().units(), ctx.people().index(),
                ctx.movementLinks().choices()));
        fill("CSTDCS");
        model.query.set("nguyen van an");
        model.add(List.copyOf(model.matches()));
        model.year.set("");
        model.movement.set("pt-2023");
        Dossier linked = assertInstanceOf(Dossier.class, save());
        assertEquals(pt.id(), linked.movementId());
        assertEquals("Phong trào thi đua yêu nước năm 2023", linked.movement(), "the movement's name is kept as its text");
        assertEquals(List.of(linked.code()), ctx.movementLinks().links(pt.id()).dossiers().stream()
                .map(vn.tdkt.movement.domain.MovementLinks.LinkedDossier::code).toList());

        model.movementChoice.set(ctx.movementLinks().choices().get(0));
        model.movement.set(ctx.movementLinks().choices().get(0).label());
        assertEquals(pt.id(), model.draft().movementId(), "a movement picked in the combo");

        model.movementChoice.set(null);
        model.movement.set("Đợt thi đua chào mừng Đại hội Đảng");
        Dossier text = assertInstanceOf(Dossier.class, save());
        assertEquals(null, text.movementId());
        assertEquals("Đợt thi đua chào mừng Đại hội Đảng", text.movement());
    }

    @Test
    void searchOffersPeopleOrUnitsAndAddsEachOnce() {
        model.query.set("nguyen van an");
        assertEquals(List.of("Nguyễn Văn An — CB01 — Văn phòng Sở"), model.matches().stream().map(DossierDialogModel.Pick::label).toList());
        model.add(List.copyOf(model.matches()));
        model.add(List.copyOf(model.matches()));
        assertEquals(1, model.chosen.size());

        model.subjectKind.set(SubjectKind.TAP_THE);
        model.query.set("van phong");
        assertEquals(List.of("Văn phòng Sở — VP — Sở Nội vụ"), model.matches().stream().map(DossierDialogModel.Pick::label).toList());
        model.subjectKind.set(SubjectKind.HO_GIA_DINH);
        assertTrue(model.household().get());
        assertTrue(model.matches().isEmpty());
        model.householdName.set(" Hộ ông Lê Văn Cường ");
        model.householdAddress.set("xã Tân Hưng");
        model.addHousehold();
        assertEquals("Hộ gia đình Hộ ông Lê Văn Cường — xã Tân Hưng", model.chosen.get(1).label());
        assertEquals("", model.householdName.get());
        assertTrue(model.caseDisabled().get());
        model.procedure.set(Procedure.DON_GIAN);
        assertTrue(!model.caseDisabled().get());
    }

    @Test
    void aDossierAndItsSubjectsAreSavedInOneCall() {
        fill("CSTDCS");
        model.query.set("nguyen van an");
        model.add(List.copyOf(model.matches()));
        model.query.set("tran thi binh");
        model.add(List.copyOf(model.matches()));
        Dossier saved = assertInstanceOf(Dossier.class, save());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                ctx.dossiers().subjects(saved.id()).stream().map(SubjectView::name).toList());
        assertEquals(1, ctx.dossiers().log(saved.id()).size(), "the creation is logged once");
        assertEquals(LocalDate.now().getYear() - 1, saved.achievementYear(), "the year the review looks at by default");
    }

    @Test
    void aRefusedSubjectRefusesTheWholeDossierWithEveryProblemAndWritesNothing() {
        String before = snapshot();
        fill("CSTDCS");
        model.level.set(null);
        model.query.set("nguyen van an");
        model.add(List.copyOf(model.matches()));
        model.subjectKind.set(SubjectKind.TAP_THE);
        model.query.set("van phong");
        model.add(List.copyOf(model.matches()));                 // CSTĐCS is for individuals only
        model.add(List.of(new DossierDialogModel.Pick(DossierSubject.person(987_654), "?", null, null))); // no such person

        ValidationException e = assertInstanceOf(ValidationException.class, save());
        List<String> described = e.problems().stream().map(Problem::describe).toList();
        assertEquals(List.of("Cấp quyết định: chưa chọn cấp quyết định khen thưởng",
                "dòng 2, Đối tượng đề nghị: «Chiến sĩ thi đua cơ sở» không xét tặng cho tập thể",
                "dòng 3, Đối tượng đề nghị: không tìm thấy cán bộ được chọn"), described);
        assertEquals(List.of(DossierField.LEVEL, DossierField.SUBJECT, DossierField.SUBJECT),
                e.problems().stream().map(Problem::field).toList());
        assertEquals(before, snapshot(), "the database is unchanged");
        assertTrue(ctx.dossiers().list(DossierFilter.all()).isEmpty());
        assertTrue(ctx.dossiers().subjectCounts().isEmpty());
        assertEquals(an.id(), model.chosen.get(0).subject().personId(), "the form keeps what was chosen");
    }
}
