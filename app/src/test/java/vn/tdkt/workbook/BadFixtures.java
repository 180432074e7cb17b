package vn.tdkt.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * Writes the committed bad-input fixtures of app/src/test/resources/workbook/bad (run once, then commit):
 * {@code java -cp <test classpath> vn.tdkt.workbook.BadFixtures app/src/test/resources/workbook/bad}.
 * Each file is {@link TestWorkbooks#base()} with one kind of mistake, or a file that is not an .xlsx at all.
 */
public final class BadFixtures {

    private BadFixtures() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException, InvalidFormatException {
        Path dir = Path.of(args.length > 0 ? args[0] : "app/src/test/resources/workbook/bad");
        Files.createDirectories(dir);
        TestWorkbooks.base().renameSheet(WorkbookLayout.UNITS, "Don vi")
                .renameSheet(WorkbookLayout.PEOPLE, "Danh sách nhân sự").write(dir.resolve("wrong-sheet-names.xlsx"));
        TestWorkbooks.base().dropColumn(WorkbookLayout.PEOPLE, "Giới tính").write(dir.resolve("missing-column.xlsx"));
        TestWorkbooks.base().renameHeader(WorkbookLayout.PEOPLE, "Ngày sinh", "Ngay sinh")
                .write(dir.resolve("renamed-column.xlsx"));
        TestWorkbooks.base().add(WorkbookLayout.PEOPLE, TestWorkbooks.BLANK_ROW)
                .add(WorkbookLayout.PEOPLE, "CB005", "Đỗ Minh Khang", "Nam", null, null, null, "TC", null, null)
                .add(WorkbookLayout.PEOPLE, TestWorkbooks.BLANK_ROW).add(WorkbookLayout.PEOPLE, TestWorkbooks.BLANK_ROW)
                .add(WorkbookLayout.UNITS, TestWorkbooks.BLANK_ROW)
                .add(WorkbookLayout.UNITS, "KT", "Phòng Kế toán", "SO", null)
                .write(dir.resolve("empty-rows.xlsx"));
        TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 1, "Ngày sinh", "31/02/1980")
                .set(WorkbookLayout.PEOPLE, 2, "Ngày bắt đầu công tác", "hôm qua")
                .set(WorkbookLayout.PEOPLE, 3, "Ngày sinh", 1990)
                .set(WorkbookLayout.DISCIPLINE, 1, "Ngày quyết định", "1850-01-01")
                .set(WorkbookLayout.RATINGS, 1, "Năm", 1900)
                .write(dir.resolve("bad-dates.xlsx"));
        TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 3, "Mã đơn vị", "XX99")
                .set(WorkbookLayout.UNITS, 4, "Mã đơn vị cấp trên", "ZZ")
                .set(WorkbookLayout.RATINGS, 4, "Mã đơn vị", "QQ")
                .write(dir.resolve("unknown-unit.xlsx"));
        TestWorkbooks.base().add(WorkbookLayout.UNITS, "VP", "Văn phòng (lặp)", "SO", null)
                .add(WorkbookLayout.PEOPLE, "CB002", "Trần Thị Bình", "Nữ", null, null, null, "TC", null, null)
                .add(WorkbookLayout.RATINGS, "CB001", null, 2023, "HTTNV")
                .write(dir.resolve("duplicate-codes.xlsx"));
        String shared = TestWorkbooks.pid("001", false, 1970, 77);
        TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 1, "Số định danh cá nhân", "12345")
                .set(WorkbookLayout.PEOPLE, 2, "Số định danh cá nhân", "999185000002")
                .set(WorkbookLayout.PEOPLE, 3, "Số định danh cá nhân", TestWorkbooks.pid("079", true, 1990, 3))
                .add(WorkbookLayout.PEOPLE, "CB005", "Đỗ Minh Khang", "Nam", null, shared, null, "TC", null, null)
                .add(WorkbookLayout.PEOPLE, "CB006", "Vũ Đức Long", "Nam", null, shared, null, "TC", null, null)
                .write(dir.resolve("invalid-personal-id.xlsx"));
        TestWorkbooks.Content nfd = TestWorkbooks.base();
        for (int row = 1; row <= 4; row++) {
            nfd.set(WorkbookLayout.UNITS, row, "Tên đơn vị", null);
        }
        nfd.set(WorkbookLayout.UNITS, 1, "Tên đơn vị", Normalizer.normalize("Sở Văn hóa tỉnh Sông Xanh", Normalizer.Form.NFD))
                .set(WorkbookLayout.UNITS, 2, "Tên đơn vị", Normalizer.normalize("Văn phòng Sở", Normalizer.Form.NFD))
                .set(WorkbookLayout.UNITS, 3, "Tên đơn vị", Normalizer.normalize("Phòng Tổ chức", Normalizer.Form.NFD))
                .set(WorkbookLayout.UNITS, 4, "Tên đơn vị", Normalizer.normalize("Thư viện tỉnh", Normalizer.Form.NFD))
                .set(WorkbookLayout.PEOPLE, 1, "Họ và tên", Normalizer.normalize("Nguyễn Văn Ân", Normalizer.Form.NFD))
                .set(WorkbookLayout.PEOPLE, 2, "Chức vụ", Normalizer.normalize("Phó Trưởng phòng", Normalizer.Form.NFD))
                .write(dir.resolve("nfd-text.xlsx"));
        TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 2, "Họ và tên", "TrÇn ThÞ B×nh")
                .set(WorkbookLayout.UNITS, 2, "Tên đơn vị", "Vaên phoøng Sôû")
                .write(dir.resolve("legacy-tcvn3.xlsx"));
        Path valid = TestWorkbooks.base().write(Files.createTempFile("tdkt-base", ".xlsx"));
        byte[] bytes = Files.readAllBytes(valid);
        Files.write(dir.resolve("corrupt.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        encrypt(valid, dir.resolve("password.xlsx"));
        Files.delete(valid);
        try (HSSFWorkbook xls = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("old.xls"))) {
            xls.createSheet(WorkbookLayout.UNITS).createRow(0).createCell(0).setCellValue("Mã đơn vị");
            xls.createSheet(WorkbookLayout.PEOPLE).createRow(0).createCell(0).setCellValue("Mã cán bộ");
            xls.write(out);
        }
        Files.writeString(dir.resolve("text-renamed.xlsx"), "Mã đơn vị,Tên đơn vị\nSO,Sở Văn hóa\n",
                StandardCharsets.UTF_8);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("word-renamed.xlsx"))) {
            doc.createParagraph().createRun().setText("Báo cáo thi đua");
            doc.write(out);
        }
    }

    private static void encrypt(Path plain, Path target) throws IOException, GeneralSecurityException,
            InvalidFormatException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
