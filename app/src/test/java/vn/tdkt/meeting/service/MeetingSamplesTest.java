package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.meeting.domain.PackFile;

/**
 * Builds the sample meeting pack of samples/forms/meeting (the fictional Hưng Yên meeting of {@link MeetingFixture})
 * into ${tdkt.testOut}/forms/meeting; the committed copies are these files.
 */
class MeetingSamplesTest {

    @Test
    void buildsTheSampleMeetingPack() {
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms").resolve("meeting");
        try (MeetingFixture f = new MeetingFixture()) {
            f.vote();
            List<PackFile> files = f.pack.writePack(f.meeting.id(), out, Progress.NONE);
            assertEquals(15, files.size(), files.toString());
        }
    }
}
