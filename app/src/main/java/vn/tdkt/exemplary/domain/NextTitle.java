package vn.tdkt.exemplary.domain;

import java.util.List;
import vn.tdkt.common.domain.Msg;

/**
 * A person model's path toward a higher title: the review engine's next title, what is missing for it (Vietnamese
 * noun phrases) and the whole sentence as a text in any language.
 */
public record NextTitle(String title, List<String> missing, Msg text) {

    public NextTitle {
        missing = List.copyOf(missing);
    }
}
