package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the first-start offer finds the sample workbook. */
class SampleDataTest {

    private final String before = System.getProperty("tdkt.samples");

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("tdkt.samples");
        } else {
            System.setProperty("tdkt.samples", before);
        }
    }

    private static Path committedSample() {
        return Path.of("..", "samples", SampleData.WORKBOOK).toAbsolutePath().normalize();
    }

    @Test
    void theSystemPropertyComesFirst() {
        System.setProperty("tdkt.samples", Path.of("..", "samples").toString());
        assertEquals(committedSample(), SampleData.locate().orElseThrow().toAbsolutePath().normalize());
    }

    @Test
    void withoutThePropertyTheFoldersAboveTheCodeAreSearched() {
        System.setProperty("tdkt.samples", Path.of("target", "no-such-folder").toString());
        assertEquals(committedSample(), SampleData.locate().orElseThrow().toAbsolutePath().normalize());
    }
}
