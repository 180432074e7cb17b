package vn.tdkt.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void recognisesAcceptedExtensionsIgnoringCase() {
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.byName("Bản chụp QĐ.PDF"));
        assertEquals(Optional.of(AttachmentType.JPG), AttachmentType.byName("anh.jpeg"));
        assertEquals(Optional.of(AttachmentType.XLSX), AttachmentType.byName("danh sach.xlsx"));
        assertEquals(Optional.empty(), AttachmentType.byName("chuong-trinh.exe"));
        assertEquals(Optional.empty(), AttachmentType.byName("khongduoi"));
    }

    @Test
    void refusesOtherTypesNamingTheAcceptedOnes() {
        RefusedFileException e = assertThrows(RefusedFileException.class,
                () -> AttachmentRules.typeOrRefuse("chuong-trinh.exe", 10));
        assertEquals("Tệp \"chuong-trinh.exe\" không thuộc loại được nhận; chỉ nhận .pdf, .jpg, .png, .docx, .xlsx, "
                + ".doc, .xls, .zip.", e.getMessage());
    }

    @Test
    void acceptsUpTo50MegabytesAndNotOneByteMore() {
        assertEquals(AttachmentType.PDF, AttachmentRules.typeOrRefuse("a.pdf", AttachmentRules.MAX_BYTES));
        RefusedFileException e = assertThrows(RefusedFileException.class,
                () -> AttachmentRules.typeOrRefuse("a.pdf", AttachmentRules.MAX_BYTES + 1));
        assertEquals("Tệp \"a.pdf\" quá lớn (50,0 MB); tối đa 50 MB.", e.getMessage());
        assertThrows(RefusedFileException.class, () -> AttachmentRules.typeOrRefuse("a.pdf", 0));
    }

    @Test
    void contentMustMatchTheExtension() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
        byte[] emptyZip = {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0};
        assertDoesNotThrow(() -> AttachmentRules.checkContent("a.pdf", AttachmentType.PDF, pdf));
        assertDoesNotThrow(() -> AttachmentRules.checkContent("a.docx", AttachmentType.DOCX, zip));
        assertDoesNotThrow(() -> AttachmentRules.checkContent("a.zip", AttachmentType.ZIP, emptyZip));
        RefusedFileException e = assertThrows(RefusedFileException.class,
                () -> AttachmentRules.checkContent("to-trinh.pdf", AttachmentType.PDF, zip));
        assertEquals("Nội dung tệp \"to-trinh.pdf\" không phải tệp .pdf hợp lệ (tệp hỏng hoặc đã bị đổi đuôi).",
                e.getMessage());
        assertThrows(RefusedFileException.class,
                () -> AttachmentRules.checkContent("ngan.png", AttachmentType.PNG, new byte[] {(byte) 0x89, 0x50}));
    }
}
