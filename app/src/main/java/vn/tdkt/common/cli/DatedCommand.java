package vn.tdkt.common.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import vn.tdkt.common.domain.Msg;

/**
 * A {@link FeatureCommand} whose default day is today: it holds the clock (the system's on the command line, a fixed
 * one in tests) and says "Đã ghi FILE" for the document it wrote.
 *
 * @param <C> the composition root ({@code vn.tdkt.AppContext})
 */
public abstract class DatedCommand<C> extends FeatureCommand<C> {

    private final Clock clock;

    protected DatedCommand(Supplier<C> context, Locale locale, Clock clock) {
        super(context, locale);
        this.clock = clock;
    }

    /** Today, by the command's clock. */
    protected final LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Prints "Đã ghi FILE" (the absolute path; key {@code movement.written}); exit {@link ExitCodes#OK}. */
    protected final int written(Path file) {
        return done(Msg.of("movement.written", file.toAbsolutePath().toString()));
    }
}
