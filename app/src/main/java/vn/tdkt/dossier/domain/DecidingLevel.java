package vn.tdkt.dossier.domain;

/** Who decides (Chủ tịch UBND tỉnh, Thủ tướng…) and how many working days the list is published before submission. */
public record DecidingLevel(String code, String name, int noticeWorkingDays, String legalRef) {
}
