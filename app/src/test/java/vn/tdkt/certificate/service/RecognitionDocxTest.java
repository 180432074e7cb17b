package vn.tdkt.certificate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tdkt.certificate.CertificateFixture;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;

/** The Quyết định công nhận danh hiệu of the head of the Sở, read back with POI; written to samples/forms/recognition. */
class RecognitionDocxTest {

    @Test
    void theDecisionCountsEachTitleAndItsListGroupsThem() throws Exception {
        try (CertificateFixture fx = new CertificateFixture()) {
            fx.titles();
            Path out = CertificateFixture.out("recognition");
            Files.createDirectories(out);
            Path file = out.resolve("qd-cong-nhan-danh-hieu.docx");
            fx.ctx.decisionForms().writeRecognition("15/QĐ-SGDĐT", null, file, Progress.NONE);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> paras = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                String all = String.join("\n", paras);
                assertTrue(paras.contains("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"), all);
                assertTrue(all.contains("Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 2 cá nhân; danh hiệu "
                        + "“Tập thể lao động tiên tiến” cho 2 tập thể; danh hiệu “Lao động tiên tiến” cho 4 cá nhân năm 2025 "
                        + "(có danh sách kèm theo), đã có thành tích trong thực hiện nhiệm vụ năm 2025."), all);
                assertTrue(all.contains("chịu trách nhiệm thi hành Quyết định này./."), all);
                assertTrue(paras.contains("CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA NĂM 2025"), all);
                assertTrue(paras.contains("(Kèm theo Quyết định số 15/QĐ-SGDĐT ngày 08/01/2026 của Giám đốc Sở Giáo dục và Đào tạo)"),
                        all);
                assertTrue(paras.contains("I. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” (2 cá nhân)"), all);
                assertTrue(paras.contains("II. DANH HIỆU “TẬP THỂ LAO ĐỘNG TIÊN TIẾN” (2 tập thể)"), all);
                assertTrue(paras.contains("III. DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” (4 cá nhân)"), all);
                List<XWPFTable> tables = doc.getTables();
                XWPFTable cstdcs = tables.get(tables.size() - 3);
                assertEquals(List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"),
                        cstdcs.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
                assertEquals("Trần Thị Mai", cstdcs.getRow(1).getCell(1).getText());
                XWPFTable units = tables.get(tables.size() - 2);
                assertEquals("Tên tập thể", units.getRow(0).getCell(1).getText());
                assertEquals("Đơn vị chủ quản", units.getRow(0).getCell(2).getText());
                assertEquals(3, units.getNumberOfRows());
                assertEquals(5, tables.get(tables.size() - 1).getNumberOfRows());
            }
        }
    }

    @Test
    void aDecisionOfAFormOfAwardIsNotARecognition(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (CertificateFixture fx = new CertificateFixture()) {
            fx.bangKhen();
            AppException e = assertThrows(AppException.class,
                    () -> fx.ctx.decisionForms().writeRecognition("125/QĐ-UBND", null, dir.resolve("x.docx"), Progress.NONE));
            assertTrue(e.getMessage().contains("hình thức khen thưởng"), e.getMessage());
            assertTrue(Files.notExists(dir.resolve("x.docx")));
        }
    }
}
