package vn.tdkt.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/** A dossier page's model without the toolkit: real services on a temporary H2 folder, work on the calling thread. */
class DossierPageModelTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private DossierPageModel model;
    private Dossier dossier;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.open(dir.resolve("data")));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        dossier = ctx.dossiers().createAll(List.of(new vn.tdkt.dossier.domain.NewDossier(Dossier.draft("CSTDCS", "GIAM_DOC_SO",
                LocalDate.now().getYear(), null, vp.id(), Procedure.THUONG, null, null),
                List.of(DossierSubject.person(an.id())))), "thuky").get(0);
        DossierPageModel.Writer none = new DossierPageModel.Writer() {
            @Override
            public boolean writes(String componentCode) {
                return false;
            }

            @Override
            public Attachment write(long dossierId, String componentCode, String user, Progress progress) {
                throw new AssertionError("not called");
            }
        };
        model = new DossierPageModel(ctx.dossierServices(), ctx.catalogue(), ctx.org(), none, new DirectTaskExecutor(),
                Messages.of("vi"), "thuky", dossier.id());
        model.onError(errors::add);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private DossierPageModel.Loaded loaded() {
        return model.loadedProperty().get();
    }

    @Test
    void loadsEverythingThePageShows() {
        model.refresh();
        assertEquals(dossier.code(), loaded().dossier().code());
        assertEquals("Chiến sĩ thi đua cơ sở", loaded().awardName());
        assertEquals("Giám đốc Sở", loaded().levelName());
        assertEquals("Văn phòng Sở", loaded().unitName());
        assertEquals(List.of("Nguyễn Văn An"), loaded().subjects().stream().map(s -> s.name()).toList());
        assertEquals(1, loaded().log().size());
        assertTrue(loaded().checks().stream().anyMatch(Finding::isBlocking), "a fresh dossier is not complete");
        assertTrue(errors.isEmpty());
    }

    @Test
    void theNoticeDateIsRecordedAndABadOneRefused() {
        model.refresh();
        model.saveNoticeStart("02/12/2025", text -> VnFormat.parseDate(text).orElse(null));
        assertEquals(LocalDate.of(2025, 12, 2), loaded().dossier().noticeStart());
        model.saveNoticeStart("31/02/2025", text -> VnFormat.parseDate(text).orElse(null));
        AppException e = assertInstanceOf(AppException.class, errors.get(0));
        assertEquals("Ngày bắt đầu công khai \"31/02/2025\" không đúng dạng dd/MM/yyyy.", e.getMessage());
        assertEquals(LocalDate.of(2025, 12, 2), ctx.dossiers().find(dossier.id()).orElseThrow().noticeStart());
    }

    @Test
    void aFileIsAttachedAndAMoveIsCheckedThenMade() throws IOException {
        model.refresh();
        Path pdf = Files.write(dir.resolve("xac-nhan.pdf"), "%PDF-1.7\nXác nhận\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        model.attach("XN_HTXSNV", pdf);
        ComponentStatus attached = loaded().checklist().stream().filter(cs -> cs.item().component().code().equals("XN_HTXSNV"))
                .findFirst().orElseThrow();
        assertEquals("xac-nhan.pdf", attached.files().get(0).originalName());

        List<List<Finding>> checked = new ArrayList<>();
        model.checkMove(DossierStatus.DU_HO_SO, checked::add);
        assertTrue(checked.get(0).stream().anyMatch(Finding::isBlocking), "the tờ trình is still missing");
        List<Object> out = new ArrayList<>();
        new DirectTaskExecutor().run("move", model.move(DossierStatus.DU_HO_SO, "nộp đúng hạn"), out::add, out::add);
        ValidationException blocked = assertInstanceOf(ValidationException.class, out.get(0));
        assertEquals(checked.get(0).stream().filter(Finding::isBlocking).count(), blocked.problems().size());
        model.refresh();
        assertEquals(DossierStatus.DU_THAO, loaded().dossier().status(), "a blocked move changes nothing");
        assertEquals(1, loaded().log().size());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** Record 0075: the engine's finding on a subject is shown beside the file written, not printed in it. */
    @Test
    void generatingShowsTheEnginesFindingBesideTheFile() {
        List<String> written = new ArrayList<>();
        DossierPageModel.Writer writer = new DossierPageModel.Writer() {
            @Override
            public boolean writes(String componentCode) {
                return true;
            }

            @Override
            public Attachment write(long dossierId, String componentCode, String user, Progress progress) {
                written.add(componentCode);
                return new Attachment(1, dossierId, componentCode, "to-trinh.docx", "1.docx", 10, "00", "docx", true,
                        java.time.LocalDateTime.now(), user);
            }
        };
        DossierPageModel page = new DossierPageModel(ctx.dossierServices(), ctx.catalogue(), ctx.org(), writer,
                new DirectTaskExecutor(), Messages.of("vi"), "thuky", dossier.id());
        page.onError(errors::add);
        page.refresh();
        ComponentStatus proposal = page.loadedProperty().get().checklist().stream()
                .filter(cs -> cs.item().component().generated()).findFirst().orElseThrow();
        List<Finding> engine = ctx.dossiers().checks(dossier.id(), DossierStatus.DE_NGHI_CAP_TREN).stream()
                .filter(f -> f.text().key().equals("dossier.check.ineligible")).toList();
        assertEquals(1, engine.size(), "Nguyễn Văn An has no record that makes him a Chiến sĩ thi đua cơ sở");
        assertEquals(null, page.generatedProperty().get());

        page.generate(proposal);

        assertEquals(List.of(proposal.item().component().code()), written);
        DossierPageModel.Generated g = page.generatedProperty().get();
        assertEquals(engine, g.findings());
        assertTrue(g.text().startsWith("Đã tạo «" + proposal.item().component().name() + "» (to-trinh.docx)"), g.text());
        assertTrue(g.text().contains("không in trong văn bản): " + engine.get(0).message()), g.text());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
