package vn.tdkt.org.domain;

import vn.tdkt.common.domain.VietnameseText;

/**
 * Đơn vị: a node of the organisation tree (cơ quan → phòng/đơn vị).
 *
 * @param id       database id (0 for a unit not saved yet)
 * @param parentId id of the parent unit, null for a root
 * @param blocId   id of the emulation bloc (khối/cụm thi đua) the unit belongs to, or null
 */
public record Unit(long id, String code, String name, Long parentId, Long blocId) {

    public String searchKey() {
        return VietnameseText.fold(name + " " + code);
    }

    public String sortKey() {
        return VietnameseText.collationKey(name);
    }
}
