package vn.tdkt.org.domain;

import vn.tdkt.common.domain.VietnameseText;

/**
 * Đơn vị: a node of the organisation tree (cơ quan → phòng/đơn vị).
 *
 * @param id       database id (0 for a unit not saved yet)
 * @param parentId id of the parent unit, null for a root
 * @param blocId   id of the emulation bloc (khối/cụm thi đua) the unit belongs to, or null
 * @param type     the unit's loại hình, or null when none is recorded (the parent's then holds)
 */
public record Unit(long id, String code, String name, Long parentId, Long blocId, UnitType type) {

    /** A unit with no loại hình recorded. */
    public Unit(long id, String code, String name, Long parentId, Long blocId) {
        this(id, code, name, parentId, blocId, null);
    }

    public Unit withType(UnitType t) {
        return new Unit(id, code, name, parentId, blocId, t);
    }

    public String searchKey() {
        return VietnameseText.fold(name + " " + code);
    }

    public String sortKey() {
        return VietnameseText.collationKey(name);
    }
}
