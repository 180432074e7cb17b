package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;

/**
 * No exception's raw message reaches the clerk: an unexpected failure is shown as the generic text (details in the
 * log), an {@link AppException} as its own text in the user's language; and no main source passes
 * {@code getMessage()} to anything but the log.
 */
class FailureTextTest {

    /** Where a {@code getMessage()} may stand: a log call, or a refusal already worded from the bundle. */
    private static final Pattern ALLOWED = Pattern.compile("LOG(GER)?\\.|log\\.|refusal\\.getMessage|\\{@link #getMessage\\(\\)}");

    @Test
    void anUnexpectedFailureShowsTheGenericTextNotItsMessage() {
        IllegalStateException raw = new IllegalStateException("org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"X\" not found");
        String vi = Messages.failureText(raw).in(Texts.VIETNAMESE);
        String en = Messages.failureText(raw).in(Texts.locale("en"));
        assertEquals(Texts.format(Texts.VIETNAMESE, "dialog.error.logHint"), vi);
        assertEquals(Texts.format(Texts.locale("en"), "dialog.error.logHint"), en);
        assertFalse(vi.contains("h2") || en.contains("h2"), vi + " / " + en);
        assertEquals(en, Messages.of("en").failure(raw));
    }

    @Test
    void anAppExceptionShowsItsOwnTextInTheUsersLanguage() {
        AppException known = new AppException(Msg.of("review.regimeMissing", "31/12/2009", "01/06/2010"));
        assertEquals("No legal regime applies on the review date 31/12/2009 (the program covers dates from 01/06/2010).",
                Messages.failureText(known).in(Texts.locale("en")));
        assertEquals("Không có chế độ pháp lý nào áp dụng cho ngày xét 31/12/2009 (chương trình hỗ trợ từ ngày 01/06/2010).",
                Messages.of("vi").failure(known));
    }

    @Test
    void noMainSourceShowsAnExceptionsMessage() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), main.toAbsolutePath().toString());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if ((line.contains("getMessage()") || line.contains("getLocalizedMessage()"))
                            && !ALLOWED.matcher(line).find()) {
                        found.add(main.relativize(f) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "getMessage() outside a log call: use Messages.failure / failureText");
    }
}
