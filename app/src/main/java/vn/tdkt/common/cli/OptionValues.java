package vn.tdkt.common.cli;

import java.time.LocalDate;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VnFormat;

/**
 * The option values the commands read from text themselves (so that a bad one is a located problem in the user's
 * language, collected with the others, rather than picocli's English refusal): dates, whole numbers and the
 * constants of a {@link Labelled} enum.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * The date of {@code text} (dd/MM/yyyy), {@code otherwise} when the option is absent; when it is malformed the
     * refusal is collected and null returned.
     */
    public static LocalDate date(String text, LocalDate otherwise, Msg refusal, ProblemCollector problems) {
        if (text == null) {
            return otherwise;
        }
        LocalDate d = VnFormat.parseDate(text).orElse(null);
        if (d == null) {
            problems.add(Problem.file(refusal));
        }
        return d;
    }

    /** The whole number of {@code text}, null when the option is absent; when it is malformed the refusal is collected. */
    public static Integer integer(String text, Msg refusal, ProblemCollector problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.file(refusal));
            return null;
        }
    }

    /**
     * The constant of {@code type} that {@code text} names (label, name or alias, case and diacritics ignored),
     * {@code absent} when the option is absent; when it names none the refusal is collected and null returned.
     */
    public static <E extends Enum<E> & Labelled> E choice(Class<E> type, String text, E absent, Msg refusal,
                                                          ProblemCollector problems) {
        if (text == null) {
            return absent;
        }
        E e = Labelled.parse(type, text).orElse(null);
        if (e == null) {
            problems.add(Problem.file(refusal));
        }
        return e;
    }
}
