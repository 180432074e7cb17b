package vn.tdkt.export.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation an official text prints, from a legal reference as the data keeps it (docs/decisions/0046). The data
 * writes references for people who check the rules ("NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025,
 * chưa đối chiếu)", "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2"); a document cites "khoản 7 Điều 30 Nghị định số
 * 98/2023/NĐ-CP" and "khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP": smallest unit first (điểm, khoản, Điều), then the
 * kind of text written out with "số" and its number. Notes in parentheses or brackets (verification marks, readings,
 * comments) never reach a document; a reference that names no numbered text gives an empty citation, and the document
 * then prints none.
 */
public final class LegalCitation {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern TEXT = Pattern.compile(
            "(NĐ|Nghị định|TT|Thông tư|QĐ|Quyết định|NQ|Nghị quyết)\\s*(?:số\\s*)?(\\d+/\\d{4}/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)");
    private static final Pattern LAW = Pattern.compile("(Luật(?: [^,;()0-9]*?)?)(?:\\s*(?:số\\s*)?(\\d+/\\d{4}/QH\\d+))?"
            + "(?=,|\\s+Điều|\\s+k\\d|\\s*$)");
    /** The law by its year as the data often names it: "Luật Thi đua, khen thưởng 2022", "Luật TĐKT năm 2003". */
    private static final Pattern LAW_BY_YEAR = Pattern.compile("Luật (?:Thi đua, khen thưởng|TĐKT)(?: năm)? (2022|2003)\\b");
    private static final Pattern ARTICLE = Pattern.compile("Điều\\s*(\\d+)");
    private static final Pattern CLAUSE = Pattern.compile("(?:khoản\\s*|\\bk)(\\d+)");
    private static final Pattern POINT = Pattern.compile("(?:điểm\\s*)([a-zđ])\\b|\\bk\\d+([a-zđ])\\b");

    private LegalCitation() {
    }

    /**
     * The official citation of every text the reference names, joined by "; " in its order; empty when it names
     * none. "NĐ 91/2017/NĐ-CP Điều 45 khoản 8" → "khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP".
     */
    public static String official(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String part : withoutNotes(reference).split(";")) {
            String cited = part(part.trim());
            if (!cited.isEmpty() && !out.contains(cited)) {
                out.add(cited);
            }
        }
        return String.join("; ", out);
    }

    /** Only the text the reference names first, without its article: "Nghị định số 152/2025/NĐ-CP"; empty when none. */
    public static String textOf(String reference) {
        return reference == null ? "" : textName(withoutNotes(reference));
    }

    /** The reference without anything in parentheses or brackets (nested ones too). */
    static String withoutNotes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString().replaceAll("\\s+", " ").replaceAll("\\s+,", ",").trim();
    }

    private static String part(String s) {
        String text = textName(s);
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Matcher point = POINT.matcher(s);
        if (point.find()) {
            b.append("điểm ").append(point.group(1) != null ? point.group(1) : point.group(2)).append(' ');
        }
        Matcher clause = CLAUSE.matcher(s);
        if (clause.find()) {
            b.append("khoản ").append(clause.group(1)).append(' ');
        }
        Matcher article = ARTICLE.matcher(s);
        if (article.find()) {
            b.append("Điều ").append(article.group(1)).append(' ');
        }
        return b.append(text).toString();
    }

    /** "Nghị định số 98/2023/NĐ-CP", "Luật Thi đua, khen thưởng số 06/2022/QH15"; empty when none is named. */
    private static String textName(String s) {
        Matcher m = TEXT.matcher(s);
        if (m.find()) {
            return kind(m.group(1)) + " số " + m.group(2).toUpperCase(VI);
        }
        Matcher byYear = LAW_BY_YEAR.matcher(s);
        if (byYear.find()) {
            return "Luật Thi đua, khen thưởng số " + ("2022".equals(byYear.group(1)) ? "06/2022/QH15" : "15/2003/QH11");
        }
        Matcher law = LAW.matcher(s);
        if (law.find() && law.group(2) != null) {
            String name = law.group(1).trim();
            return (name.equals("Luật") || name.startsWith("Luật TĐKT") ? "Luật Thi đua, khen thưởng" : name)
                    + " số " + law.group(2);
        }
        return "";
    }

    private static String kind(String abbreviation) {
        return switch (abbreviation) {
            case "NĐ" -> "Nghị định";
            case "TT" -> "Thông tư";
            case "QĐ" -> "Quyết định";
            case "NQ" -> "Nghị quyết";
            default -> abbreviation;
        };
    }
}
