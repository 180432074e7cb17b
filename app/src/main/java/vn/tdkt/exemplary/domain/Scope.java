package vn.tdkt.exemplary.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An allocation of delegates: the whole province, one movement with every movement below it (at any depth), or one
 * proposing unit with every unit below it.
 */
public record Scope(Kind kind, Long id) {

    public enum Kind { PROVINCE, MOVEMENT, UNIT }

    public static final Scope PROVINCE = new Scope(Kind.PROVINCE, null);

    public static Scope movement(long id) {
        return new Scope(Kind.MOVEMENT, id);
    }

    public static Scope unit(long id) {
        return new Scope(Kind.UNIT, id);
    }

    /** True when the model falls in the scope; {@code parents} maps a movement's or unit's id to its parent's. */
    public boolean contains(ExemplaryModel m, Map<Long, Long> movementParents, Map<Long, Long> unitParents) {
        return switch (kind) {
            case PROVINCE -> true;
            case MOVEMENT -> below(m.movementId(), id, movementParents);
            case UNIT -> below(m.proposingUnitId(), id, unitParents);
        };
    }

    /** True when {@code node} is {@code top} or lies below it; a cycle in the parents ends the walk. */
    static boolean below(Long node, long top, Map<Long, Long> parents) {
        Set<Long> seen = new HashSet<>();
        Long at = node;
        while (at != null && seen.add(at)) {
            if (at == top) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }
}
