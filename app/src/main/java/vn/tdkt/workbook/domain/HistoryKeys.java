package vn.tdkt.workbook.domain;

/**
 * Natural keys by which a re-import finds the history row it updates: rating (subject, year); discipline (person,
 * decision no); initiative (person, folded title); award (subject, kind, decision no); bloc leader (bloc, year).
 * Subjects and blocs are given by code / folded name, so the same key comes from a file and from the database.
 */
public final class HistoryKeys {

    private static final char SEP = '\u0001';

    private HistoryKeys() {
    }

    private static String subject(String personCode, String unitCode) {
        return personCode != null ? "P" + SEP + personCode : "U" + SEP + unitCode;
    }

    public static String rating(String personCode, String unitCode, int year) {
        return subject(personCode, unitCode) + SEP + year;
    }

    public static String discipline(String personCode, String decisionNo) {
        return personCode + SEP + decisionNo;
    }

    /** @param titleKey the folded title ({@code VietnameseText.fold}) */
    public static String initiative(String personCode, String titleKey) {
        return personCode + SEP + titleKey;
    }

    public static String award(String personCode, String unitCode, String kindCode, String decisionNo) {
        return subject(personCode, unitCode) + SEP + kindCode + SEP + decisionNo;
    }

    /** @param blocKey the folded bloc name */
    public static String leader(String blocKey, int year) {
        return blocKey + SEP + year;
    }
}
