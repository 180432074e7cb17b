package vn.tdkt.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/** A person's Lịch sử thay đổi from the audit log: who, when, from where, what changed before → after, in words. */
class ChangeHistoryModelTest {

    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory();
        Session.source("app"); // process-wide: another test's window may have left its page
    }

    @AfterEach
    void close() {
        ctx.close();
        Session.accountsExist(false);
        Session.source("app");
    }

    @Test
    void aPersonsChangesNameTheAccountTheScreenAndTheValues() {
        Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        char[] pw = "mat-khau-1".toCharArray();
        ctx.accounts().add("admin", "Nguyễn Quản Trị", Role.QUAN_TRI, pw, pw);
        ctx.accounts().signIn("admin", pw);
        ctx.accounts().add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, pw, pw);
        ctx.accounts().signOut();
        ctx.accounts().signIn("vanthu", pw); // a clerk edits people (the administrator does not)
        Session.source("window:people");
        Person p = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null,
                "Chuyên viên", snv.id(), LocalDate.of(2015, 1, 1), null));
        Person loaded = ctx.people().find(p.id()).orElseThrow();
        Session.source("cli:person edit");
        ctx.people().save(new Person(p.id(), "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null,
                "Trưởng phòng", snv.id(), LocalDate.of(2015, 1, 1), null), loaded);

        ChangeHistoryModel vi = ChangeHistoryModel.ofPerson(ctx.audit(), p.id(), new DirectTaskExecutor(), Messages.of("vi"));
        vi.refresh();
        List<ChangeRow> rows = vi.rows();
        assertTrue(rows.size() >= 2, rows.toString());
        ChangeRow edit = rows.stream().filter(r -> r.what().startsWith("Sửa cán bộ")).findFirst().orElseThrow();
        assertEquals("vanthu", edit.who());
        assertEquals("Lệnh person edit", edit.where());
        assertTrue(edit.what().startsWith("Sửa cán bộ: "), edit.what());
        assertTrue(edit.what().contains("Chức vụ: Chuyên viên → Trưởng phòng"), edit.what());
        assertTrue(!edit.what().contains("person_id") && !edit.what().startsWith("Sửa cán bộ: id"), edit.what());
        ChangeRow moved = rows.stream().filter(r -> r.what().startsWith("Thêm quá trình công tác")).findFirst().orElseThrow();
        assertTrue(moved.what().matches(".*Từ ngày: \\d\\d/\\d\\d/\\d{4}.*"), moved.what());
        assertTrue(edit.when().matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d"), edit.when());
        ChangeRow added = rows.stream().filter(r -> r.what().startsWith("Thêm cán bộ")).findFirst().orElseThrow();
        assertEquals("Màn hình Cán bộ", added.where());
        assertTrue(added.what().contains("Họ và tên: Nguyễn Văn An"), added.what());
        assertTrue(added.what().contains("Ngày sinh: 01/01/1985"), added.what());
        assertEquals("Có " + rows.size() + " thay đổi (mới nhất trước), theo nhật ký ghi dữ liệu.", vi.statusProperty().get());

        ChangeHistoryModel en = ChangeHistoryModel.ofPerson(ctx.audit(), p.id(), new DirectTaskExecutor(), Messages.of("en"));
        en.refresh();
        ChangeRow changed = en.rows().stream().filter(r -> r.what().startsWith("Changed person: ")).findFirst().orElseThrow();
        assertTrue(changed.what().contains("Position: Chuyên viên → Trưởng phòng"), changed.what());
        assertEquals("Command person edit", changed.where());
    }

    @Test
    void withoutLoginTheComputersUserIsNamed() {
        Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        Person p = ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1990, 5, 2), null,
                "Chuyên viên", snv.id(), LocalDate.of(2016, 1, 1), null));
        ChangeHistoryModel m = ChangeHistoryModel.ofPerson(ctx.audit(), p.id(), new DirectTaskExecutor(), Messages.of("vi"));
        m.refresh();
        assertEquals(System.getProperty("user.name") + " (người dùng máy tính)", m.rows().get(0).who());
        assertEquals("Ứng dụng", m.rows().get(0).where());
    }
}
