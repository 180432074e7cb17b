package vn.tdkt.movement.cli;

import java.time.LocalDate;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.movement.domain.MovementReport;

/**
 * The options the movement commands read alike, in their words: the day of {@code --date} (today by the command's
 * clock when absent) and the {@code --kind so-ket|tong-ket} of a báo cáo. Public for the exemplary models' report,
 * which takes the same kinds with the same refusal.
 */
public final class MovementOptions {

    private MovementOptions() {
    }

    /** The day of {@code --date}, {@code today} when absent; a malformed one is collected ("Tham số --date: …"). */
    static LocalDate day(DayOption date, LocalDate today, ProblemCollector problems) {
        return date.value(today, Msg.of("movement.cli.badDate", "--date", date.text()), problems);
    }

    /** The kind {@code text} names, {@code absent} when the option is absent; an unknown one is collected. */
    public static MovementReport.Kind kind(String text, MovementReport.Kind absent, ProblemCollector problems) {
        return OptionValues.choice(MovementReport.Kind.class, text, absent, Msg.of("movement.cli.badKind", text),
                problems);
    }
}
