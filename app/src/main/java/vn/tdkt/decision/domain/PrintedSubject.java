package vn.tdkt.decision.domain;

/**
 * A recipient as a list prints it: Họ và tên (or the unit's or household's name), Chức vụ (empty for a unit or a
 * household), Đơn vị (a person's unit with its parent, a unit's parent, a household's address).
 */
public record PrintedSubject(String name, String position, String unit) {
}
