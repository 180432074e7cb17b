package vn.tdkt.movement.domain;

import java.util.List;
import java.util.Map;

/** A movement with everything saved together in one transaction: phases, sub-movements, participants, rewards, texts. */
public record MovementDetails(Movement movement, List<Phase> phases, List<SubMovement> items, List<Long> unitIds,
                              List<Long> blocIds, List<PlannedReward> rewards, Map<PlanPart, String> texts) {

    public MovementDetails {
        phases = List.copyOf(phases);
        items = List.copyOf(items);
        unitIds = List.copyOf(unitIds);
        blocIds = List.copyOf(blocIds);
        rewards = List.copyOf(rewards);
        texts = Map.copyOf(texts);
    }

    public static MovementDetails of(Movement m) {
        return new MovementDetails(m, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public MovementDetails with(Movement m) {
        return new MovementDetails(m, phases, items, unitIds, blocIds, rewards, texts);
    }

    public String text(PlanPart part) {
        return texts.getOrDefault(part, "");
    }
}
