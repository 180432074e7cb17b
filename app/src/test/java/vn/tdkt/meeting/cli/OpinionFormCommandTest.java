package vn.tdkt.meeting.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/** {@code tdkt opinion-form}: the meeting of a day, told apart by --council when several; the phiếu read back. */
class OpinionFormCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "opinion-form"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void meetings() {
        try (AppContext ctx = new AppContext(Database.open(tmp.resolve("data")))) {
            Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
            Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                    "Chuyên viên", vp.id(), LocalDate.of(2010, 1, 1), null));
            for (String name : List.of("Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên", "Hội đồng Thi đua - Khen thưởng Sở Nội vụ")) {
                String no = name.endsWith("Yên") ? "15/QĐ-UBND" : "16/QĐ-SNV";
                Council c = ctx.council().admin().saveCouncil(new Council(0, name, no, LocalDate.of(2025, 1, 5),
                        "Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên", java.util.Map.of()));
                ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Trần Văn Phúc", "Giám đốc Sở Nội vụ",
                        MemberRole.CHU_TICH, LocalDate.of(2025, 1, 5), null));
                Meeting m = ctx.council().meetings().saveMeeting(new Meeting(0, c.id(), LocalDate.of(2025, 12, 20), null,
                        "Phòng họp số 1", SessionKind.XET_KHEN_THUONG, "Xét đề nghị khen thưởng năm 2025", null, null));
                ctx.council().meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, an.code(), null);
            }
        }
    }

    @Test
    void writesThePhieuOfTheMeetingTheCouncilNames() throws Exception {
        Path file = tmp.resolve("phieu.docx");
        Run several = run("--meeting", "20/12/2025", "--out", file.toString());
        assertEquals(2, several.code(), several.err());
        assertTrue(several.err().contains("Ngày 20/12/2025 có nhiều phiên họp"), several.err());
        assertTrue(several.err().contains("Hội đồng Thi đua - Khen thưởng Sở Nội vụ — Phòng họp số 1"), several.err());
        assertFalse(Files.exists(file));

        Run ok = run("--meeting", "20/12/2025", "--council", "hoi dong thi dua - khen thuong so noi vu", "--out", file.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("Đã ghi phiếu lấy ý kiến của phiên họp ngày 20/12/2025 vào "), ok.out());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertTrue(text.contains("PHIẾU LẤY Ý KIẾN THÀNH VIÊN HỘI ĐỒNG"), text);
            assertTrue(text.contains("Họ và tên thành viên Hội đồng: Trần Văn Phúc"), text);
            assertTrue(text.contains("Nguyễn Văn An"), text);
            assertTrue(text.contains("Hội đồng Thi đua - Khen thưởng Sở Nội vụ"), text);
        }
    }

    @Test
    void refusesABadDateOrExtensionAndADayWithoutAMeeting() {
        Run bad = run("--meeting", "31/02/2025", "--out", tmp.resolve("p.txt").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Ngày phiên họp \"31/02/2025\" không đúng dạng dd/MM/yyyy."), bad.err());
        assertTrue(bad.err().contains("phải có đuôi .docx"), bad.err());
        Run none = run("--meeting", "21/12/2025", "--out", tmp.resolve("p.docx").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Không có phiên họp nào ngày 21/12/2025."), none.err());
    }
}
