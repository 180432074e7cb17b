package vn.tdkt.exemplary.cli;

import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;

/** The whole-number options of the exemplary commands ({@code --quota}, {@code --from}, {@code --to}). */
final class Years {

    private Years() {
    }

    /** The number of the option, null when absent; a malformed one is collected ("Tham số --from: …"). */
    static Integer number(String option, String text, ProblemCollector problems) {
        return OptionValues.integer(text, Msg.of("exemplary.cli.badNumber", option, text), problems);
    }
}
