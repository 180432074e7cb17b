package vn.tdkt.certificate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tdkt.certificate.CertificateFixture;
import vn.tdkt.common.domain.Texts;

/** {@code certificate print} and {@code certificate calibrate}: files written, exit codes, messages. */
class CertificateCommandTest {

    private CertificateFixture fx;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        System.setProperty("tdkt.certificate.font", "bundled");
        fx = new CertificateFixture();
        fx.bangKhen();
    }

    @AfterEach
    void tearDown() {
        fx.close();
        System.clearProperty("tdkt.certificate.font");
    }

    private int run(String... args) {
        CommandLine c = CertificateCommand.commandLine(() -> fx.ctx, Texts.VIETNAMESE);
        c.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        c.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.write(e.getMessage());
            return 2;
        });
        return c.execute(args);
    }

    @Test
    void printsTheDecisionAndTheCalibrationSheet(@TempDir Path dir) throws Exception {
        assertEquals(0, run("print", "--decision", "125/QĐ-UBND", "--out", dir.resolve("bk.pdf").toString()), err.toString());
        assertTrue(out.toString().contains("Đã in giấy khen theo Quyết định số 125/QĐ-UBND: 5 trang"), out.toString());
        assertTrue(Files.size(dir.resolve("bk.pdf")) > 10_000);
        assertEquals(0, run("print", "--decision", "125/QĐ-UBND", "--blank", "A4", "--out", dir.resolve("a4.pdf").toString()));
        assertTrue(out.toString().contains("5 trang (5 trang trên khổ A4 trắng)"), out.toString());
        assertEquals(0, run("calibrate", "--blank", "GIAY_KHEN", "--out", dir.resolve("cc.pdf").toString()));
        assertTrue(Files.exists(dir.resolve("cc.pdf")));
    }

    @Test
    void anUnknownDecisionOrBlankOrAWrongExtensionIsRefused(@TempDir Path dir) {
        assertEquals(2, run("print", "--decision", "999/QĐ-UBND", "--out", dir.resolve("x.pdf").toString()));
        assertEquals(2, run("print", "--decision", "125/QĐ-UBND", "--out", dir.resolve("x.docx").toString()));
        assertEquals(2, run("calibrate", "--blank", "KHONG_CO", "--out", dir.resolve("y.pdf").toString()));
        assertTrue(err.toString().contains("Không có phôi mã \"KHONG_CO\"."), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.pdf")) && Files.notExists(dir.resolve("y.pdf")));
    }
}
