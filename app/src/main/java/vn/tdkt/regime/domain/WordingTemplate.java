package vn.tdkt.regime.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Wording}'s text as a template: lines with placeholders in braces ({@code {nam}}), checked against the names
 * the code fills and filled into the lines of a document. A value may hold several lines (the regime's căn cứ); a line
 * left empty once filled is not printed.
 */
public final class WordingTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private WordingTemplate() {
    }

    /** The placeholders of {@code text} the wording does not know, each once, in order. */
    public static List<String> unknownPlaceholders(Wording wording, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!wording.placeholders().contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a brace is left open or closed alone ("{nam" or "nam}"): such text cannot be filled. */
    public static boolean unbalanced(String text) {
        String rest = PLACEHOLDER.matcher(text == null ? "" : text).replaceAll("");
        return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0;
    }

    /**
     * The lines of the filled template: each placeholder replaced by its value (a missing value is an empty text),
     * lines stripped, empty lines dropped.
     */
    public static List<String> fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        List<String> out = new ArrayList<>();
        for (String line : sb.toString().split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
