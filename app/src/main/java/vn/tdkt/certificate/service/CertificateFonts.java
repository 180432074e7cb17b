package vn.tdkt.certificate.service;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * The certificate font, embedded in every PDF (README decision "Certificates"): the system's Times New Roman (the
 * font NĐ 30/2020 names) when its four styles are installed (Windows, macOS, Linux with msttcorefonts), otherwise
 * the bundled Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman, full Vietnamese), so a layout
 * measured on one machine prints the same on another. {@code -Dtdkt.certificate.font=bundled} forces the bundled font.
 */
final class CertificateFonts {

    private static final Logger LOGGER = LoggerFactory.getLogger(CertificateFonts.class);
    private static final String BUNDLED = "/vn/tdkt/certificate/fonts/";
    private static final String[] LIBERATION = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

    /** The four styles of one family. */
    record Family(String name, BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {
        BaseFont of(boolean isBold, boolean isItalic) {
            return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        }
    }

    private CertificateFonts() {
    }

    static Family load() {
        if (!"bundled".equalsIgnoreCase(System.getProperty("tdkt.certificate.font", ""))) {
            for (List<Path> candidate : systemTimes()) {
                if (candidate.stream().allMatch(Files::isRegularFile)) {
                    try {
                        return new Family("Times New Roman", file(candidate.get(0)), file(candidate.get(1)),
                                file(candidate.get(2)), file(candidate.get(3)));
                    } catch (IOException | RuntimeException e) {
                        LOGGER.warn("Times New Roman at {} could not be read, using the bundled font", candidate.get(0), e);
                    }
                }
            }
        }
        try {
            return new Family("Liberation Serif", bundled(LIBERATION[0]), bundled(LIBERATION[1]), bundled(LIBERATION[2]),
                    bundled(LIBERATION[3]));
        } catch (IOException e) {
            throw new AppException(Msg.of("certificate.fontMissing"), e);
        }
    }

    private static List<List<Path>> systemTimes() {
        List<List<Path>> out = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            Path d = Path.of(windir, "Fonts");
            out.add(List.of(d.resolve("times.ttf"), d.resolve("timesbd.ttf"), d.resolve("timesi.ttf"), d.resolve("timesbi.ttf")));
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            for (String dir : List.of("/Library/Fonts", "/System/Library/Fonts/Supplemental")) {
                Path d = Path.of(dir);
                out.add(List.of(d.resolve("Times New Roman.ttf"), d.resolve("Times New Roman Bold.ttf"),
                        d.resolve("Times New Roman Italic.ttf"), d.resolve("Times New Roman Bold Italic.ttf")));
            }
        }
        Path ms = Path.of("/usr/share/fonts/truetype/msttcorefonts");
        out.add(List.of(ms.resolve("Times_New_Roman.ttf"), ms.resolve("Times_New_Roman_Bold.ttf"),
                ms.resolve("Times_New_Roman_Italic.ttf"), ms.resolve("Times_New_Roman_Bold_Italic.ttf")));
        return out;
    }

    private static BaseFont file(Path p) throws IOException {
        return BaseFont.createFont(p.getFileName().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                Files.readAllBytes(p), null);
    }

    private static BaseFont bundled(String name) throws IOException {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }
}
