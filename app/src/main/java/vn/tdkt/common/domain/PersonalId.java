package vn.tdkt.common.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Số định danh cá nhân (12 digits, Thông tư 59/2021/TT-BCA): 3 digits of the province of birth registration,
 * 1 digit for century and gender, 2 digits of the birth year, 6 random digits.
 */
public final class PersonalId {

    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private PersonalId() {
    }

    /**
     * Checks the number against the structure, and against gender and birth date when they are known.
     *
     * @return empty when valid, otherwise a short explanation (a bundle text)
     */
    public static Optional<Msg> check(String id, Gender gender, LocalDate birthDate) {
        if (id == null || id.length() != 12 || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of(Msg.of("common.personalId.digits"));
        }
        if (!PROVINCE_CODES.contains(id.substring(0, 3))) {
            return Optional.of(Msg.of("common.personalId.province", id.substring(0, 3)));
        }
        int centuryGender = id.charAt(3) - '0';
        int century = 1900 + (centuryGender / 2) * 100;
        if (centuryGender >= 8) {
            century = 1800;
        }
        boolean female = centuryGender % 2 == 1;
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (gender != null && (gender == Gender.FEMALE) != female) {
            return Optional.of(Msg.of("common.personalId.gender", String.valueOf(centuryGender), gender));
        }
        if (birthDate != null && birthDate.getYear() != year) {
            return Optional.of(Msg.of("common.personalId.year", String.valueOf(year),
                    String.valueOf(birthDate.getYear())));
        }
        return Optional.empty();
    }
}
