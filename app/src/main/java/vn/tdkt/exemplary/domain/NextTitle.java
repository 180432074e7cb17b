package vn.tdkt.exemplary.domain;

import java.util.List;

/** A person model's path toward a higher title: the review engine's next title and what is missing for it. */
public record NextTitle(String title, List<String> missing) {

    public NextTitle {
        missing = List.copyOf(missing);
    }
}
