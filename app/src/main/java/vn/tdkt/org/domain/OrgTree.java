package vn.tdkt.org.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tree helpers over a flat list of units. */
public final class OrgTree {

    private OrgTree() {
    }

    /** The unit and all units under it, at any depth. */
    public static Set<Long> withDescendants(List<Unit> units, long rootId) {
        Map<Long, java.util.List<Long>> children = new HashMap<>();
        for (Unit u : units) {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new java.util.ArrayList<>()).add(u.id());
            }
        }
        Set<Long> out = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(rootId));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (out.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    /**
     * The loại hình that holds for a unit: its own, else the nearest ancestor's (a phòng of an enterprise is the
     * enterprise); null when none up the tree has one or the unit is unknown.
     */
    public static UnitType effectiveType(java.util.Map<Long, Unit> byId, Long unitId) {
        Set<Long> seen = new java.util.HashSet<>();
        Unit u = unitId == null ? null : byId.get(unitId);
        while (u != null && seen.add(u.id())) {
            if (u.type() != null) {
                return u.type();
            }
            u = u.parentId() == null ? null : byId.get(u.parentId());
        }
        return null;
    }
}
