package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.meeting.domain.PackFile;
import vn.tdkt.samples.SampleDrift;

/**
 * Builds the sample meeting pack of samples/forms/meeting (the fictional Hưng Yên meeting of {@link MeetingFixture})
 * into ${tdkt.testOut}/forms/meeting; the committed copies are these files.
 */
class MeetingSamplesTest {

    @Test
    void buildsTheSampleMeetingPack() throws Exception {
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve("meeting");
        try (MeetingFixture f = new MeetingFixture()) {
            f.vote();
            List<PackFile> files = f.pack.writePack(f.meeting.id(), out, Progress.NONE);
            assertEquals(15, files.size(), files.toString());
        }
        for (String[] copy : COPIES) {
            SampleDrift.assertSameAsCommitted(out.resolve(copy[0]), "meeting/" + copy[1]);
        }
    }

    /**
     * The Tờ trình goes to the authority the award's deciding level names (#13): the Sở's own council asks its head for
     * CSTĐCS, signed by the vice-chair (the chair is that head); the provincial council asks the Chủ tịch Ủy ban nhân dân
     * tỉnh for CSTĐ cấp tỉnh, signed by its vice-chair too (its chair is that Chủ tịch).
     */
    @Test
    void buildsTheSampleToTrinhOfEachDecidingLevel() throws Exception {
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve("meeting-so");
        try (MeetingFixture f = new MeetingFixture()) {
            long id = f.departmentMeeting();
            f.pack.writePack(id, out, Progress.NONE);
        }
        try (XWPFDocument doc = Docx.open(out.resolve("01-01-to-trinh-cstdcs.docx"))) {
            List<String> p = Docx.paragraphs(doc);
            assertTrue(p.contains("Kính gửi: Giám đốc Sở Nội vụ tỉnh Hưng Yên."), p.toString());
            assertTrue(p.contains("Hội đồng Thi đua - Khen thưởng Sở Nội vụ kính trình Giám đốc Sở Nội vụ tỉnh Hưng Yên xem xét, "
                    + "quyết định./."), p.toString());
            assertEquals(List.of("SỞ NỘI VỤ TỈNH HƯNG YÊN", "HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"),
                    Docx.cell(doc.getTables().get(0), 0, 0));
            // the chair is the head the Tờ trình goes to: the vice-chair signs for the council
            assertEquals(List.of("TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu"),
                    Docx.cell(doc.getTables().get(1), 0, 1));
        }
        SampleDrift.assertSameAsCommitted(out.resolve("01-01-to-trinh-cstdcs.docx"), "meeting/to-trinh-de-nghi.docx");
    }

    /**
     * The meeting's tally workbook as written for the counting board (bang-kiem-phieu-mau.xlsx) and, filled with the
     * counts of {@link TallyCountsMinutesTest} (Số phiếu không hợp lệ, Số phiếu không đồng ý: #13), tallied by the
     * thresholds of the meeting day (bang-kiem-phieu-ket-qua.xlsx).
     */
    @Test
    void buildsTheSampleTallyWorkbooks() throws Exception {
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve("meeting");
        Path template = out.resolve("bang-kiem-phieu-mau.xlsx");
        Path filled = out.resolve("bang-kiem-phieu-da-dien.xlsx");
        Path result = out.resolve("bang-kiem-phieu-ket-qua.xlsx");
        try (MeetingFixture f = new MeetingFixture()) {
            f.council.ballots().writeTallyWorkbook(f.meeting.id(), template);
            java.nio.file.Files.copy(template, filled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            TallyCountsMinutesTest.fill(filled, 0, null);
            assertEquals(6, f.council.ballots().tallyWorkbook(filled, result, MeetingFixture.DAY, false).candidates());
        }
        SampleDrift.assertSameAsCommitted(template, "meeting/bang-kiem-phieu-mau.xlsx");
        SampleDrift.assertSameAsCommitted(result, "meeting/bang-kiem-phieu-ket-qua.xlsx");
    }

    /** The pack's files committed under samples/forms/meeting, renamed. */
    static final String[][] COPIES = {
        {"00-muc-luc.docx", "muc-luc.docx"}, {"01-01-to-trinh-cstd-tinh.docx", "to-trinh-de-nghi-cap-tinh.docx"},
        {"02-001-bao-cao-thanh-tich-cstd-tinh-cb001.docx", "bao-cao-thanh-tich-ca-nhan.docx"},
        {"02-006-bao-cao-thanh-tich-co-td-tinh-thpt-hy.docx", "bao-cao-thanh-tich-tap-the.docx"},
        {"03-phieu-bau.docx", "phieu-bau.docx"}, {"04-02-bien-ban-kiem-phieu-cstdcs.docx", "bien-ban-kiem-phieu.docx"},
        {"05-bien-ban-hop.docx", "bien-ban-hop.docx"},
    };
}
