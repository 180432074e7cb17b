package vn.tdkt.review.domain;

import java.util.regex.Pattern;

/** Legal references as a clerk reads them. */
public final class LegalRefs {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[chưa kiểm chứng[^\\]]*\\]");

    private LegalRefs() {
    }

    /**
     * The reference without the "[chưa kiểm chứng …]" markers of the research notes: a clerk's reason cites the
     * text; whether a value was checked against the official text is shown on the parameters screen and logged.
     */
    public static String forClerk(String ref) {
        if (ref == null || ref.indexOf('[') < 0) {
            return ref;
        }
        return MARKER.matcher(ref).replaceAll("").trim();
    }
}
