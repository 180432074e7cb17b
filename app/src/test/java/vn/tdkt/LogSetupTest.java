package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging set-up in code (decision 122): what logback.xml said, without logback's XML reader. */
class LogSetupTest {

    @Test
    void writesTheLogFileOfTheLogFolderWithTheLevelsAndRolling(@TempDir Path dir) throws Exception {
        String before = System.getProperty("tdkt.logdir");
        System.setProperty("tdkt.logdir", dir.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's provider gives its own
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
            context.getLogger("vn.tdkt.Some").info("Xin chào {}", "Nguyễn Văn A");
            context.getLogger("org.jooq.impl.X").info("hidden");
            context.getLogger("org.flywaydb.core.X").warn("shown");
            context.getLogger("vn.tdkt.Some").debug("not at info");

            assertEquals(Level.INFO, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
            assertEquals(Level.OFF, context.getLogger("org.jooq.Constants").getLevel());
            assertEquals(Level.WARN, context.getLogger("org.apache.poi").getLevel());
            var appender = (RollingFileAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
            var rolling = (FixedWindowRollingPolicy) appender.getRollingPolicy();
            assertEquals(1, rolling.getMinIndex());
            assertEquals(3, rolling.getMaxIndex());
            assertEquals(dir.resolve("tdkt.%i.log").toString(), rolling.getFileNamePattern());
            context.stop();
            String log = Files.readString(dir.resolve("tdkt.log"), StandardCharsets.UTF_8);
            assertTrue(log.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+] vn\\.tdkt\\.Some - Xin chào "
                    + "Nguyễn Văn A\\R.*"), log);
            assertTrue(log.contains("WARN  ") && log.contains("org.flywaydb.core.X - shown"), log);
            assertTrue(!log.contains("hidden") && !log.contains("not at info"), log);
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty("tdkt.logdir");
            } else {
                System.setProperty("tdkt.logdir", before);
            }
        }
    }

    @Test
    void leavesAnExplicitConfigurationFileToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "other.xml");
        try {
            LoggerContext context = new LoggerContext();
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertEquals(Configurator.ExecutionStatus.NEUTRAL, setup.configure(context));
            assertTrue(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE") == null);
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
