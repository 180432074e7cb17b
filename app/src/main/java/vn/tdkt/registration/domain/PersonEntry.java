package vn.tdkt.registration.domain;

/**
 * What one member registered: a state title (award_kind code, danh hiệu thi đua cá nhân) and/or a union title.
 *
 * @param kindCode  null when no state title is registered
 * @param unionCode null when no union title is registered
 */
public record PersonEntry(long personId, String kindCode, String unionCode, String note) {

    public boolean empty() {
        return kindCode == null && unionCode == null;
    }
}
