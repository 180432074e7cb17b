package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.meeting.domain.PackFile;

class MeetingPackServiceTest {

    private final MeetingFixture f = new MeetingFixture();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Records the steps (reported from the pack's worker threads) and cancels once {@code cancelAt} steps have been
     * reported (never when negative).
     */
    private static final class Steps implements Progress {
        final List<String> messages = new ArrayList<>();
        final int cancelAt;

        Steps(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public synchronized void update(String message, long done, long total) {
            messages.add(message + " " + done + "/" + total);
        }

        @Override
        public synchronized boolean isCancelled() {
            return cancelAt >= 0 && messages.size() >= cancelAt;
        }
    }

    @Test
    void writesEveryDocumentOfTheMeetingAndAnIndexListingThem() throws Exception {
        f.vote();
        Steps steps = new Steps(-1);
        List<PackFile> written = f.pack.writePack(f.meeting.id(), dir, steps);
        List<String> expected = List.of("00-muc-luc.docx", "01-01-to-trinh-cstd-tinh.docx", "01-02-to-trinh-cstdcs.docx",
                "01-03-to-trinh-co-td-tinh.docx", "02-001-bao-cao-thanh-tich-cstd-tinh-cb001.docx",
                "02-002-bao-cao-thanh-tich-cstd-tinh-cb002.docx", "02-003-bao-cao-thanh-tich-cstdcs-cb003.docx",
                "02-004-bao-cao-thanh-tich-cstdcs-cb004.docx", "02-005-bao-cao-thanh-tich-cstdcs-cb005.docx",
                "02-006-bao-cao-thanh-tich-co-td-tinh-thpt-hy.docx", "03-phieu-bau.docx",
                "04-01-bien-ban-kiem-phieu-cstd-tinh.docx", "04-02-bien-ban-kiem-phieu-cstdcs.docx",
                "04-03-bien-ban-kiem-phieu-co-td-tinh.docx", "05-bien-ban-hop.docx");
        assertEquals(expected, files(dir), "no temporary file left");
        assertEquals(expected, written.stream().map(PackFile::fileName).toList());
        assertEquals(Files.size(dir.resolve("05-bien-ban-hop.docx")), written.get(14).bytes());
        assertEquals("Đang đọc dữ liệu phiên họp 0/-1", steps.messages.get(0));
        for (int i = 1; i <= 14; i++) {
            assertTrue(steps.messages.get(i).startsWith("Đã tạo ") && steps.messages.get(i).endsWith(" " + i + "/15"),
                    steps.messages.get(i));
        }
        assertTrue(steps.messages.stream().anyMatch(m -> m.startsWith("Đã tạo Phiếu bầu (một phiếu mẫu cho mỗi danh hiệu, hình "
                + "thức; photo 14 phiếu) ")), steps.messages.toString());
        assertEquals(List.of("Đang tạo mục lục 14/15", "Đã tạo 15 tệp 15/15"), steps.messages.subList(15, 17));
        assertEquals(17, steps.messages.size(), "one step per document, the index, the start and the end");
        try (XWPFDocument index = Docx.open(dir.resolve("00-muc-luc.docx"))) {
            XWPFTable t = index.getTables().get(1);
            assertEquals(List.of("STT", "Số, ký hiệu", "Ngày", "Trích yếu", "Số trang"), Docx.row(t, 0));
            assertEquals(15, t.getRows().size(), "the 14 other documents");
            assertEquals(List.of("14", "…/BB-HĐTĐKT", "20/12/2025", "Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên"),
                    Docx.row(t, 14).subList(0, 4));
            assertEquals("…/TTr-HĐTĐKT", Docx.row(t, 1).get(1));
            assertTrue(Integer.parseInt(Docx.row(t, 14).get(4)) >= 3, "the Biên bản họp runs over several pages");
        }
    }

    @Test
    void beforeTheVoteThereIsNoBienBanKiemPhieuAndTheToTrinhListsEveryCandidate() throws Exception {
        List<PackFile> written = f.pack.writePack(f.meeting.id(), dir, Progress.NONE);
        assertEquals(12, written.size());
        assertTrue(files(dir).stream().noneMatch(n -> n.contains("kiem-phieu")));
        try (XWPFDocument doc = Docx.open(dir.resolve("01-02-to-trinh-cstdcs.docx"))) {
            assertEquals(4, doc.getTables().get(2).getRows().size(), "header and the 3 candidates");
            assertTrue(Docx.paragraphs(doc).stream().noneMatch(p -> p.contains("Biên bản họp")));
        }
    }

    @Test
    void cancellingRemovesTheFilesOfThisRunAndLeavesTheRestOfTheFolder() throws Exception {
        f.vote();
        Path mine = dir.resolve("ghi-chu.txt");
        Files.writeString(mine, "của người dùng");
        Steps steps = new Steps(6);
        assertThrows(CancelledException.class, () -> f.pack.writePack(f.meeting.id(), dir, steps));
        assertEquals(List.of("ghi-chu.txt"), files(dir), "no document and no temporary file left");
        assertTrue(steps.messages.size() < 15, "stopped before the end: " + steps.messages.size());
    }

    @Test
    void anUnknownMeetingIsRefused() {
        AppException e = assertThrows(AppException.class, () -> f.pack.writePack(9999, dir, Progress.NONE));
        assertEquals("Không tìm thấy phiên họp này (có thể đã bị xóa).", e.getMessage());
    }
}
