package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.domain.Council;
import vn.tdkt.export.domain.VnDocText;

/**
 * Ô 1–4 of the NĐ 30 header: the cơ quan chủ quản and cơ quan ban hành lines, the ký hiệu of the issuer used in
 * "Số: …/TTr-HĐTĐKT", and the địa danh of the dated line.
 *
 * @param parent       upper-case lines of the cơ quan chủ quản (may be empty)
 * @param issuer       upper-case lines of the issuing body (empty for a person's own report)
 * @param abbreviation e.g. "HĐTĐKT", "SNV"
 * @param place        e.g. "Hưng Yên"
 * @param issuerName   the issuing body in running text, e.g. "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên"
 */
public record Letterhead(List<String> parent, List<String> issuer, String abbreviation, String place,
                         String issuerName) {

    private static final String PEOPLES_COMMITTEE = "Ủy ban nhân dân ";
    private static final String COUNCIL = "Hội đồng Thi đua - Khen thưởng";
    private static final List<String> LEVELS = List.of("tỉnh ", "thành phố ", "xã ", "phường ", "đặc khu ");

    public Letterhead {
        parent = List.copyOf(parent);
        issuer = List.copyOf(issuer);
    }

    /**
     * The council's own letterhead: the establishing authority as chủ quản ("ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN"),
     * "HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG" as issuer on two lines so that it fits (its own numbering, ký hiệu HĐTĐKT
     * — docs/decisions/0028), the council's own địa danh, or when it has none the place
     * taken from the authority's name.
     */
    public static Letterhead ofCouncil(Council council) {
        String authority = council.authority();
        List<String> parent = startsWith(authority, PEOPLES_COMMITTEE)
                ? List.of(VnDocText.upper(PEOPLES_COMMITTEE.trim()), VnDocText.upper(authority.substring(PEOPLES_COMMITTEE.length())))
                : List.of(VnDocText.upper(authority));
        List<String> issuer = startsWith(council.name(), COUNCIL) ? List.of("HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG")
                : List.of(VnDocText.upper(council.name()));
        return new Letterhead(parent, issuer, "HĐTĐKT", council.place() != null ? council.place() : place(authority),
                council.name());
    }

    /**
     * The địa danh of an authority: "Ủy ban nhân dân tỉnh Hưng Yên" → "Hưng Yên"; a name after a person keeps its
     * level word ("Thành phố Hồ Chí Minh", NĐ 30 Phụ lục I).
     */
    static String place(String authority) {
        String rest = startsWith(authority, PEOPLES_COMMITTEE) ? authority.substring(PEOPLES_COMMITTEE.length()) : authority;
        // "Sở Nội vụ tỉnh Hưng Yên" → "Hưng Yên": the địa danh follows the last level word, never the body's name
        for (int i = 0; i < rest.length(); i++) {
            if (i > 0 && rest.charAt(i - 1) != ' ') {
                continue;
            }
            for (String level : LEVELS) {
                if (startsWith(rest.substring(i), level)) {
                    String name = rest.substring(i + level.length());
                    return name.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : name;
                }
            }
        }
        return rest;
    }

    private static boolean startsWith(String s, String prefix) {
        return s.length() >= prefix.length()
                && VietnameseText.fold(s.substring(0, prefix.length())).equals(VietnameseText.fold(prefix));
    }

    /** "Hưng Yên, ngày 20 tháng 12 năm 2025". */
    public String placeAndDate(LocalDate date) {
        return place + ", " + VnDocText.longDate(date);
    }

    /**
     * "Số:      /TTr-HĐTĐKT": the number is left for the văn thư to write when the document is registered.
     *
     * @param kind the abbreviation of the tên loại (NĐ 30 Phụ lục III): "TTr", "BB", "BC"
     */
    public String numberLine(String kind) {
        return "Số:      /" + kind + "-" + abbreviation;
    }
}
