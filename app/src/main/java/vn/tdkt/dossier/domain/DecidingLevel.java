package vn.tdkt.dossier.domain;

import java.util.Set;

/**
 * Who decides (Chủ tịch UBND tỉnh, Thủ tướng…) and how many working days the list is published before submission.
 *
 * @param awards the award kind codes this level decides by default (Luật TĐKT 2022 Điều 80 k1 for the Sở)
 */
public record DecidingLevel(String code, String name, int noticeWorkingDays, String legalRef, Set<String> awards) {

    public DecidingLevel {
        awards = awards == null ? Set.of() : Set.copyOf(awards);
    }

    /** A level with no default award. */
    public DecidingLevel(String code, String name, int noticeWorkingDays, String legalRef) {
        this(code, name, noticeWorkingDays, legalRef, Set.of());
    }

    /** The level that decides the award by default, or null. */
    public static DecidingLevel defaultFor(java.util.List<DecidingLevel> levels, String awardCode) {
        return levels.stream().filter(l -> l.awards().contains(awardCode)).findFirst().orElse(null);
    }
}
