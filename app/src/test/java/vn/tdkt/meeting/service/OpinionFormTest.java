package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.samples.SampleDrift;

/**
 * Golden content of the Phiếu lấy ý kiến thành viên Hội đồng (decision record 0091) of the fictional Hưng Yên meeting:
 * one phiếu per member on its own page set, the member's name, a table per title with a row per candidate and the
 * columns Đồng ý / Không đồng ý / Ý kiến khác, the signature with the member's name; only the absent member on request.
 * The sample is written to ${tdkt.testOut}/forms/meeting and compared with samples/forms/meeting/phieu-lay-y-kien.docx.
 */
class OpinionFormTest {

    @TempDir
    Path dir;

    @Test
    void onePhieuPerMemberWithEveryCandidateAndTheSignature() throws Exception {
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve("meeting");
        Files.createDirectories(out);
        Path file = out.resolve("phieu-lay-y-kien.docx");
        try (MeetingFixture f = new MeetingFixture()) {
            f.pack.writeOpinionForms(f.meeting.id(), false, file);
        }
        try (XWPFDocument doc = Docx.open(file)) {
            Docx.assertNd30(doc);
            List<String> text = Docx.paragraphs(doc);
            int members = MeetingFixture.MEMBERS.length;
            assertEquals(members, text.stream().filter(OpinionDocx.TITLE::equals).count(), "one phiếu per member: " + text);
            assertEquals(members - 1, doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr()).count(), "each phiếu starts on its own page");
            assertTrue(text.contains("Họ và tên thành viên Hội đồng: Nguyễn Hùng Nam"), text.toString());
            assertTrue(text.contains("Chức vụ, đơn vị công tác: Chủ tịch Ủy ban nhân dân tỉnh"), text.toString());
            assertTrue(text.stream().anyMatch(t -> t.startsWith("1. Đề nghị tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm 2025")),
                    text.toString());
            assertTrue(text.stream().anyMatch(t -> t.equals(
                    "2. Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 (chỉ tiêu: 2 trường hợp):")), text.toString());
            assertTrue(text.contains("(Lấy ý kiến bằng văn bản thay cho phiên họp ngày 20 tháng 12 năm 2025)"), text.toString());

            // the first phiếu: header table, three title tables, the signature table
            List<XWPFTable> tables = doc.getTables();
            XWPFTable provincial = tables.get(1);
            assertEquals(List.of("STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Đồng ý", "Không đồng ý", "Ý kiến khác"),
                    Docx.row(provincial, 0));
            assertTrue(provincial.getRow(0).isRepeatHeader(), "the header row repeats on a following page");
            assertEquals(3, provincial.getRows().size(), "two candidates for CSTĐ cấp tỉnh");
            assertEquals("Nguyễn Văn An", Docx.row(provincial, 1).get(1));
            assertEquals(List.of("", "", ""), Docx.row(provincial, 1).subList(3, 6), "the member marks the boxes");
            assertEquals(4, tables.get(2).getRows().size(), "three candidates for CSTĐ cơ sở");
            XWPFTable flag = tables.get(3);
            assertEquals(List.of("STT", "Tên tập thể", "Đơn vị cấp trên", "Đồng ý", "Không đồng ý", "Ý kiến khác"),
                    Docx.row(flag, 0));
            assertEquals("Trường Trung học phổ thông chuyên Hưng Yên", Docx.row(flag, 1).get(1));
            XWPFTable sign = tables.get(4);
            assertEquals(List.of("THÀNH VIÊN HỘI ĐỒNG", "(Ký, ghi rõ họ và tên)", "Nguyễn Hùng Nam"), Docx.cell(sign, 0, 1));
            assertTrue(sign.getRow(0).isCantSplitRow(), "the signature block never splits");
            assertEquals(List.of("Hưng Yên, ngày …… tháng …… năm ……"), Docx.cell(tables.get(0), 1, 1).stream()
                    .filter(t -> t.startsWith("Hưng Yên")).toList(), "the member dates the phiếu under the Quốc hiệu");
            assertFalse(String.join("\n", text).contains("NĐ 98"), "no internal citation note in the phiếu");
            // "Ý kiến khác": two writing lines, each a dot leader to the right margin (the dots once wrapped a short
            // piece onto a line of its own)
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps = doc.getParagraphs();
            int at = 0;
            while (!ps.get(at).getText().equals("Ý kiến khác (nếu có):")) {
                at++;
            }
            for (int i = 1; i <= 2; i++) {
                var tabs = ps.get(at + i).getCTP().getPPr().getTabs().getTabArray();
                assertEquals(1, tabs.length);
                assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT, tabs[0].getLeader());
                assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT, tabs[0].getVal());
            }
        }
        SampleDrift.assertSameAsCommitted(file, "meeting/phieu-lay-y-kien.docx");
    }

    @Test
    void onlyTheAbsentMemberWhenAskedAndNothingWithoutAnAgenda() throws Exception {
        try (MeetingFixture f = new MeetingFixture()) {
            Path absent = dir.resolve("vang.docx");
            f.pack.writeOpinionForms(f.meeting.id(), true, absent);
            try (XWPFDocument doc = Docx.open(absent)) {
                List<String> text = Docx.paragraphs(doc);
                assertEquals(1, text.stream().filter(OpinionDocx.TITLE::equals).count());
                assertTrue(text.contains("Họ và tên thành viên Hội đồng: " + MeetingFixture.MEMBERS[MeetingFixture.ABSENT][0]),
                        text.toString());
            }
            Meeting empty = f.council.meetings().saveMeeting(new Meeting(0, f.hd.id(), MeetingFixture.DAY.plusDays(1), null,
                    "Phòng họp", SessionKind.XET_KHEN_THUONG, "Xét đề nghị khen thưởng năm 2025", null, null));
            AppException e = assertThrows(AppException.class,
                    () -> f.pack.writeOpinionForms(empty.id(), false, dir.resolve("rong.docx")));
            assertEquals("Phiên họp ngày 21/12/2025 chưa có ứng viên trong chương trình: không có gì để lấy ý kiến.",
                    e.getMessage());
            assertFalse(Files.exists(dir.resolve("rong.docx")));
        }
    }
}
