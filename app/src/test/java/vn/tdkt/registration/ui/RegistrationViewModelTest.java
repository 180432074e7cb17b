package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;
import vn.tdkt.registration.service.Fixture;

/** The registration screen's model without the toolkit: the grid, fill-down, save, coverage, status and log. */
class RegistrationViewModelTest {

    private Fixture f;
    private RegistrationViewModel vm;

    @BeforeEach
    void open() {
        f = new Fixture();
        vm = new RegistrationViewModel(f.ctx.registrations(), f.ctx.registrationExports(), new DirectTaskExecutor(),
                Messages.of("vi"), "văn thư", 2026);
        vm.load();
    }

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private UnitCoverage snv() {
        return vm.coverage.stream().filter(u -> u.unitCode().equals("SNV")).findFirst().orElseThrow();
    }

    @Test
    void registeringAWholeUnitWithFillDownMovesTheCoverage() {
        assertEquals(0, snv().registered());
        assertEquals("Năm 2026: 0/5 cán bộ đã đăng ký (0,00 %), 0/2 tập thể đã đăng ký.", vm.coverageSummary.get());
        vm.select(f.ctx.registrations().units().get(0));
        assertEquals(7, vm.rows.size(), "every member of the year, leavers and transfers included");
        assertTrue(vm.missing.get().startsWith("Chưa đăng ký (3): "), vm.missing.get());
        TitleOption ldtt = vm.personalTitles.stream().filter(t -> "LDTT".equals(t.code())).findFirst().orElseThrow();
        vm.rows.get(0).title.set(ldtt);
        vm.fillDown(0);
        assertTrue(vm.rows.stream().allMatch(r -> r.title.get() == ldtt));
        vm.collective.set(vm.collectiveTitles.stream().filter(t -> "TTLDTT".equals(t.code())).findFirst().orElseThrow());
        vm.save();
        assertEquals("", vm.error.get());
        assertEquals("Đã lưu đăng ký của đơn vị SNV: 7 cán bộ đăng ký danh hiệu.", vm.message.get());
        assertEquals(3, snv().registered());
        assertTrue(snv().collective());
        assertEquals("Mọi cán bộ của đơn vị đã đăng ký.", vm.missing.get());
        assertEquals("Năm 2026: 5/5 cán bộ đã đăng ký (100,00 %), 1/2 tập thể đã đăng ký.", vm.coverageSummary.get());
    }

    @Test
    void aReturnWithoutItsReasonIsRefusedWithTheProblemThenLogged() {
        vm.select(f.ctx.registrations().units().get(0));
        assertEquals(List.of(RegistrationStatus.DA_GUI), vm.nextStatuses);
        vm.changeStatus();
        assertEquals(RegistrationStatus.DA_GUI, vm.status.get());
        vm.nextStatus.set(RegistrationStatus.TRA_LAI);
        vm.changeStatus();
        assertEquals("Lý do: Trả lại bản đăng ký phải ghi lý do.", vm.error.get());
        vm.reason.set("Thiếu chữ ký");
        vm.changeStatus();
        assertEquals(RegistrationStatus.TRA_LAI, vm.status.get());
        assertEquals(3, vm.log.size());
        assertEquals("Thiếu chữ ký", vm.log.get(2).reason());
        assertEquals(RegistrationStatus.TRA_LAI, snv().status());
    }

    @Test
    void selectAllThenFillDownGivesEveryRowTheTopTitleAndTheFormIsWritten(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) throws Exception {
        vm.select(f.ctx.registrations().units().get(0));
        TitleOption cstdcs = vm.personalTitles.stream().filter(t -> "CSTDCS".equals(t.code())).findFirst().orElseThrow();
        TitleOption ldtt = vm.personalTitles.stream().filter(t -> "LDTT".equals(t.code())).findFirst().orElseThrow();
        vm.rows.get(0).title.set(cstdcs);
        vm.rows.get(3).title.set(ldtt);
        vm.fillDown(List.of(3, 4, 5));
        assertEquals(List.of("CSTDCS", "", "", "LDTT", "LDTT", "LDTT", ""), codes(), "a selection takes its topmost title");
        vm.fillDown(java.util.stream.IntStream.range(0, vm.rows.size()).boxed().toList());
        assertEquals(List.of("CSTDCS", "CSTDCS", "CSTDCS", "CSTDCS", "CSTDCS", "CSTDCS", "CSTDCS"), codes(), "select-all");

        java.nio.file.Path file = tmp.resolve("snv.docx");
        vm.writeForm(file);
        assertTrue(vm.error.get().startsWith("Đơn vị SNV chưa có đăng ký thi đua năm 2026"), vm.error.get());
        assertTrue(!java.nio.file.Files.exists(file));
        assertEquals(null, vm.written.get(), "nothing written, nothing offered to open");
        vm.save();
        vm.writeForm(file);
        assertEquals("", vm.error.get());
        assertEquals("Đã ghi bản đăng ký thi đua của đơn vị SNV: " + file, vm.message.get());
        assertTrue(java.nio.file.Files.size(file) > 0);
        assertEquals(file, vm.written.get(), "the page offers Mở tệp / Mở thư mục / In for the Bản đăng ký");
    }

    private List<String> codes() {
        return vm.rows.stream().map(r -> r.title.get().code() == null ? "" : r.title.get().code()).toList();
    }
}
