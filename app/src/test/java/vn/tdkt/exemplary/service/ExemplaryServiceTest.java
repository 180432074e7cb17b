package vn.tdkt.exemplary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.Evidence;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.MediaItem;
import vn.tdkt.exemplary.domain.MediaKind;
import vn.tdkt.exemplary.domain.ModelDetails;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Replication;
import vn.tdkt.exemplary.domain.ReplicationActivity;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.exemplary.domain.Support;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;

class ExemplaryServiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path tmp;

    private AppContext ctx;
    private Fixture f;

    @BeforeEach
    void open() {
        ctx = AppContext.open(tmp.resolve("data"));
        f = new Fixture(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aModelIsSavedWithItsFirstStageAndTakesItsPersonsGender() {
        ExemplaryModel m = f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, "Nam", f.ngheo,
                f.hoiPn.id());
        assertEquals(null, m.gender(), "a person of the database gives her own gender");
        ModelDetails d = ctx.exemplary().details(m.id());
        assertTrue(d.row().woman());
        assertEquals("KH90-08", d.row().movementCode());
        assertEquals("HLHPN", d.row().proposerCode());
        assertEquals(List.of(Stage.PHAT_HIEN), d.stages().stream().map(StageChange::to).toList());
        assertEquals(LocalDate.of(2021, 3, 1), d.stages().get(0).on());
    }

    @Test
    void everyProblemOfAModelAtOnce() {
        f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheo, f.hoiPn.id());
        ValidationException e = assertThrows(ValidationException.class, () -> ctx.exemplary().save(new ExemplaryModel(0,
                "dh01", "Hộ ông Lê Văn C", ModelKind.HO_GIA_DINH, null, null, null, null, 999_999L, 888_888L, null, null, null),
                "u"));
        assertEquals(List.of(ExemplaryField.CODE, ExemplaryField.PROPOSER, ExemplaryField.MOVEMENT),
                e.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void movingThroughTheStagesIsLoggedAndBackNeedsAReason() {
        ExemplaryModel m = f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheo,
                f.hoiPn.id());
        ExemplaryService s = ctx.exemplary();
        s.move(m.id(), Stage.BOI_DUONG, LocalDate.of(2022, 4, 1), null, "Vũ Xuân Thu");
        assertThrows(ValidationException.class, () -> s.move(m.id(), Stage.NHAN_RONG, LocalDate.of(2023, 4, 1), null, "u"),
                "Tổng kết is not skipped");
        s.move(m.id(), Stage.TONG_KET, LocalDate.of(2023, 4, 1), null, "u");
        ValidationException back = assertThrows(ValidationException.class, () -> s.move(m.id(), Stage.BOI_DUONG,
                LocalDate.of(2023, 5, 1), "", "u"));
        assertEquals(ExemplaryField.NOTE, back.problems().get(0).field());
        s.move(m.id(), Stage.BOI_DUONG, LocalDate.of(2023, 5, 1), "Cần bồi dưỡng thêm về mô hình sinh kế", "u");
        List<StageChange> log = s.stages(m.id());
        assertEquals(List.of(Stage.PHAT_HIEN, Stage.BOI_DUONG, Stage.TONG_KET, Stage.BOI_DUONG),
                log.stream().map(StageChange::to).toList());
        assertTrue(log.get(3).backwards());
        assertEquals("Cần bồi dưỡng thêm về mô hình sinh kế", log.get(3).note());
        assertEquals("Vũ Xuân Thu", log.get(1).user());
        assertEquals(Stage.BOI_DUONG, ctx.exemplary().details(m.id()).model().stage());
        ExemplaryModel edited = ctx.exemplary().save(new ExemplaryModel(m.id(), "DH01", "Chị Nguyễn Thị Hoa", ModelKind.CA_NHAN,
                f.hoa.id(), null, null, "Giảm nghèo", f.ngheo, f.hoiPn.id(), Stage.NHAN_RONG, null, null), "u");
        assertEquals(Stage.BOI_DUONG, edited.stage(), "a save never changes the stage");
    }

    @Test
    void theModelsPageHoldsItsRecordsAndTheAwardsOfItsPerson() throws Exception {
        ExemplaryModel m = f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheo,
                f.hoiPn.id());
        ExemplaryRecordsService r = ctx.exemplaryRecords();
        r.addSupport(new Support(0, m.id(), LocalDate.of(2022, 5, 3), "Tập huấn kỹ thuật chăn nuôi", "Hội Nông dân", 5_000_000L));
        r.addMedia(new MediaItem(0, m.id(), MediaKind.BAI_VIET, "Người phụ nữ giúp 30 hộ thoát nghèo", "Báo Hưng Yên",
                LocalDate.of(2023, 6, 11), "https://baohungyen.vn/nguoi-phu-nu-giup-30-ho"));
        ValidationException badLink = assertThrows(ValidationException.class, () -> r.addMedia(new MediaItem(0, m.id(),
                MediaKind.TRUYEN_HINH, "Phóng sự", null, LocalDate.of(2023, 6, 11), "baohungyen.vn")));
        assertEquals(ExemplaryField.LINK, badLink.problems().get(0).field());
        r.addReplication(new Replication(0, m.id(), ReplicationActivity.THAM_QUAN, LocalDate.of(2024, 3, 8),
                "Hội Phụ nữ xã Tân Hưng", "20 hội viên"));
        Fixture.recognise(ctx, m, 2021, 2022, 2024);
        assertThrows(ValidationException.class, () -> Fixture.recognise(ctx, m, 2022), "once per year");
        r.recognise(new Recognition(0, m.id(), 2022, "99/QĐ-UBND", LocalDate.of(2023, 2, 1)), true);
        ctx.records().addAward(new Award(0, f.hoa.id(), null, "BK_TINH", AwardFormType.CONG_TRANG, 2023, 2023, "45/QĐ-UBND",
                LocalDate.of(2024, 1, 20), "UBND tỉnh"));
        Path scan = tmp.resolve("Biên bản thẩm định.pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Evidence e = r.attach(m.id(), scan, "Biên bản", "u");
        assertTrue(Files.exists(r.file(e)));
        assertThrows(AppException.class, () -> r.attach(m.id(), scan, null, "u"), "the same file twice");

        ModelDetails d = ctx.exemplary().details(m.id());
        assertEquals(1, d.supports().size());
        assertEquals(5_000_000L, d.supports().get(0).amount());
        assertEquals(1, d.media().size());
        assertEquals(1, d.replications().size());
        assertEquals(List.of(2021, 2022, 2024), d.recognitions().stream().map(Recognition::year).toList());
        assertEquals("99/QĐ-UBND", d.recognitions().get(1).decisionNo(), "the corrected decision replaced the first");
        assertEquals(2, d.recognitionsIn(new Period(2022, 2025)));
        assertEquals(1, d.awards().size());
        assertEquals("45/QĐ-UBND", d.awards().get(0).decisionNo());
        assertTrue(d.awards().get(0).kindName().startsWith("Bằng khen"), d.awards().get(0).kindName());
        assertEquals(1, d.evidence().size());

        r.detach(e.id());
        assertFalse(Files.exists(r.file(e)));
        ctx.exemplary().delete(m.id());
        assertThrows(AppException.class, () -> ctx.exemplary().details(m.id()));
    }

    @Test
    void theSelectionCountsInThePeriodWithinTheScopeAndMarksWomen() {
        ExemplaryModel hoa = f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheoXa,
                f.hoiPn.id());
        ExemplaryModel hoi = f.model(ctx, "DH02", "Hội Liên hiệp Phụ nữ tỉnh", ModelKind.TAP_THE, null, f.hoiPn.id(), null,
                f.ngheo, f.hoiPn.id());
        ExemplaryModel ho = f.model(ctx, "DH03", "Hộ ông Đỗ Văn Tùng", ModelKind.HO_GIA_DINH, null, null, null, f.ngheo,
                f.snv.id());
        ExemplaryModel bs = f.model(ctx, "DH04", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte, f.syt.id());
        ExemplaryModel kxd = f.model(ctx, "DH05", "Lê Thị Lan", ModelKind.CA_NHAN, null, null, "Nữ", f.ngheo, f.snv.id());
        Fixture.recognise(ctx, hoa, 2020, 2021, 2022, 2023);
        Fixture.recognise(ctx, hoi, 2021, 2022, 2023);
        Fixture.recognise(ctx, ho, 2022, 2023, 2024);
        Fixture.recognise(ctx, bs, 2021, 2022, 2023, 2024, 2025);
        Fixture.recognise(ctx, kxd, 2025);

        DelegateSelection province = ctx.delegates().select(Scope.PROVINCE, new Period(2021, 2025), 2);
        assertEquals(List.of("DH04", "DH01", "DH02", "DH03", "DH05"), codes(province.lines()));
        assertEquals(List.of(1, 2, 2, 2, 5), province.lines().stream().map(DelegateLine::rank).toList(),
                "DH01's 2020 recognition is outside the period");
        assertEquals(List.of(DelegateResult.DUOC_CHON, DelegateResult.DONG_HANG, DelegateResult.DONG_HANG,
                DelegateResult.DONG_HANG, DelegateResult.KHONG_DUOC_CHON), province.lines().stream().map(DelegateLine::result)
                .toList());
        assertTrue(province.lines().get(1).note(VI).contains("Nữ: được ưu tiên"), "Hoa is a woman of the database");
        assertTrue(province.lines().get(2).note(VI).contains("Tập thể có từ 70% nữ"), "8 of 9 women in the Hội");
        assertFalse(province.lines().get(3).note(VI).contains("Nữ"), "a household is not marked");
        assertEquals("Nữ", province.lines().get(4).note(VI), "a woman not in the database, by the model's gender");

        DelegateSelection ngheo = ctx.delegates().select("KH90-08", new Period(2021, 2025), 2);
        assertEquals(List.of("DH01", "DH02", "DH03", "DH05"), codes(ngheo.lines()), "with the district's sub-movement");
        DelegateSelection xa = ctx.delegates().select("kh90-08-x", Period.ALL, 1);
        assertEquals(List.of("DH01"), codes(xa.lines()));
        assertEquals(4, xa.lines().get(0).candidate().recognitions());
        DelegateSelection unit = ctx.delegates().select(Scope.unit(f.syt.id()), Period.ALL, 10);
        assertEquals(List.of("DH04"), codes(unit.lines()));
        DelegateSelection large = ctx.delegates().select(Scope.PROVINCE, new Period(2021, 2025), 100);
        assertEquals(5, large.selected(), "a quota larger than the models chooses every model recognised");

        ValidationException bad = assertThrows(ValidationException.class, () -> ctx.delegates().select(Scope.PROVINCE,
                new Period(2025, 2021), 0));
        assertEquals(List.of(ExemplaryField.QUOTA, ExemplaryField.PERIOD), bad.problems().stream().map(p -> p.field()).toList());
        assertThrows(ValidationException.class, () -> ctx.delegates().select("KHONG-CO", Period.ALL, 1));
    }

    private static List<String> codes(List<DelegateLine> lines) {
        return lines.stream().map(l -> l.candidate().code()).toList();
    }
}
