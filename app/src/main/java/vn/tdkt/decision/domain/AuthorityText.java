package vn.tdkt.decision.domain;

import java.util.List;
import java.util.Locale;

/**
 * The issuing body and the signer's title read from the authority of an award ("Chủ tịch Ủy ban nhân dân tỉnh Hưng
 * Yên" → "ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN" signed "CHỦ TỊCH"; "Giám đốc Sở Nội vụ" → "SỞ NỘI VỤ" signed "GIÁM
 * ĐỐC"), for the lists of decisions known only from the imported award history (no recorded decision says who issued
 * and who signed it). The signer's name is left to be written by hand.
 *
 * @param issuer      lines of the issuing body, upper case
 * @param signerTitle the chức vụ line of the signature block
 */
public record AuthorityText(List<String> issuer, String signerTitle) {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** Titles of people who decide awards, longest first so "Tổng Giám đốc" wins over "Giám đốc". */
    private static final List<String> TITLES = List.of("Tổng Giám đốc", "Phó Giám đốc", "Giám đốc", "Chủ tịch", "Bộ trưởng",
            "Hiệu trưởng", "Viện trưởng", "Chánh án", "Trưởng ban", "Thủ trưởng");
    private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";

    public AuthorityText {
        issuer = List.copyOf(issuer);
    }

    /** Reads an authority; an unknown wording keeps it whole as the issuer, signed "THỦ TRƯỞNG ĐƠN VỊ". */
    public static AuthorityText of(String authority) {
        String a = authority == null ? "" : authority.trim();
        if (a.isEmpty()) {
            return new AuthorityText(List.of(), "THỦ TRƯỞNG ĐƠN VỊ");
        }
        if (a.toLowerCase(VI).startsWith("thủ tướng")) {
            return new AuthorityText(List.of("THỦ TƯỚNG CHÍNH PHỦ"), "THỦ TƯỚNG");
        }
        if (a.equalsIgnoreCase("Chủ tịch nước")) {
            return new AuthorityText(List.of("CHỦ TỊCH NƯỚC"), "CHỦ TỊCH");
        }
        for (String title : TITLES) {
            if (a.regionMatches(true, 0, title + " ", 0, title.length() + 1)) {
                return new AuthorityText(lines(a.substring(title.length() + 1).trim().toUpperCase(VI)), title.toUpperCase(VI));
            }
        }
        return new AuthorityText(lines(a.toUpperCase(VI)), "THỦ TRƯỞNG ĐƠN VỊ");
    }

    /** "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" on two lines as the header block writes it; other bodies on one. */
    private static List<String> lines(String body) {
        if (body.startsWith(PEOPLES_COMMITTEE + " ")) {
            return List.of(PEOPLES_COMMITTEE, body.substring(PEOPLES_COMMITTEE.length() + 1));
        }
        return List.of(body);
    }
}
