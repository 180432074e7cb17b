package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.registration.domain.UnionTitle;
import vn.tdkt.registration.service.Fixture;

/**
 * The union-title catalogue's model without the toolkit: add, change (the code stays), put out of use and back; the
 * registration grid offers only the titles in use, and the state titles never include a union title.
 */
class UnionTitlesViewModelTest {

    private Fixture f;
    private UnionTitlesViewModel vm;

    @BeforeEach
    void open() {
        f = new Fixture();
        vm = new UnionTitlesViewModel(f.ctx.registrations(), new DirectTaskExecutor(), Messages.of("vi"));
        vm.load();
    }

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private UnionTitle title(String code) {
        return vm.titles.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private RegistrationViewModel grid() {
        RegistrationViewModel g = new RegistrationViewModel(f.ctx.registrations(), f.ctx.registrationExports(),
                new DirectTaskExecutor(), Messages.of("vi"), "văn thư", 2026);
        g.load();
        return g;
    }

    @Test
    void aNewTitleIsAddedChangedPutOutOfUseAndBackAndTheGridFollows() {
        assertEquals(6, vm.titles.size());
        assertEquals("70", vm.rank.get(), "a new title comes after the last one");
        vm.code.set("lđ_gioi");
        vm.name.set("");
        vm.save();
        assertEquals("Danh hiệu Công đoàn: Mã danh hiệu Công đoàn \"LĐ_GIOI\" chỉ gồm chữ in hoa không dấu, chữ số và "
                + "dấu gạch dưới (tối đa 30 ký tự).\nDanh hiệu Công đoàn: Chưa nhập tên danh hiệu Công đoàn.", vm.error.get(),
                "every problem at once");
        vm.code.set("to_cd_gioi");
        vm.name.set("Tổ công đoàn xuất sắc");
        vm.save();
        assertEquals("Danh hiệu Công đoàn: Danh mục đã có danh hiệu Công đoàn \"Tổ công đoàn xuất sắc\".", vm.error.get());
        vm.name.set("Tổ công đoàn giỏi");
        vm.subject.set(AwardSubject.TAP_THE);
        vm.rank.set("bảy");
        vm.save();
        assertEquals("Thứ tự \"bảy\" phải là một số nguyên.", vm.error.get());
        vm.rank.set("45");
        vm.save();
        assertEquals("", vm.error.get());
        assertEquals("Đã lưu danh hiệu Công đoàn \"Tổ công đoàn giỏi\".", vm.message.get());
        assertEquals(7, vm.titles.size());
        assertEquals("TO_CD_GIOI", vm.titles.get(4).code(), "in its order");
        assertFalse(vm.codeEditable.get(), "the saved title stays selected; its code no longer changes");
        assertTrue(grid().unionCollective.stream().anyMatch(t -> "TO_CD_GIOI".equals(t.code())));

        vm.select(title("DVCD_XS"));
        vm.name.set("Đoàn viên công đoàn xuất sắc");
        vm.save();
        assertEquals("Đoàn viên công đoàn xuất sắc", title("DVCD_XS").name());
        vm.toggleActive();
        assertEquals("Đã ngừng dùng danh hiệu Công đoàn \"Đoàn viên công đoàn xuất sắc\".", vm.message.get());
        assertFalse(title("DVCD_XS").active());
        RegistrationViewModel g = grid();
        assertTrue(g.unionPersonal.stream().noneMatch(t -> "DVCD_XS".equals(t.code())), "out of use: not offered");
        assertTrue(g.personalTitles.stream().noneMatch(t -> vm.titles.stream().anyMatch(u -> u.code().equals(t.code()))),
                "the state titles never include a union title");
        vm.toggleActive();
        assertTrue(title("DVCD_XS").active());
        assertEquals("Đã dùng lại danh hiệu Công đoàn \"Đoàn viên công đoàn xuất sắc\".", vm.message.get());
    }
}
