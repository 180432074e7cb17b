package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
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
        {"00-muc-luc.docx", "muc-luc.docx"}, {"01-02-to-trinh-cstdcs.docx", "to-trinh-de-nghi.docx"},
        {"02-001-bao-cao-thanh-tich-cstd-tinh-cb001.docx", "bao-cao-thanh-tich-ca-nhan.docx"},
        {"02-006-bao-cao-thanh-tich-co-td-tinh-thpt-hy.docx", "bao-cao-thanh-tich-tap-the.docx"},
        {"03-phieu-bau.docx", "phieu-bau.docx"}, {"04-02-bien-ban-kiem-phieu-cstdcs.docx", "bien-ban-kiem-phieu.docx"},
        {"05-bien-ban-hop.docx", "bien-ban-hop.docx"},
    };
}
