package vn.tdkt.exemplary.domain;

import java.util.List;

/** Everything the model's page shows: the model, its stage history and records, and its person's or unit's awards. */
public record ModelDetails(ModelRow row, List<StageChange> stages, List<Support> supports, List<MediaItem> media,
                           List<Replication> replications, List<Recognition> recognitions, List<Evidence> evidence,
                           List<AwardLine> awards) {

    public ModelDetails {
        stages = List.copyOf(stages);
        supports = List.copyOf(supports);
        media = List.copyOf(media);
        replications = List.copyOf(replications);
        recognitions = List.copyOf(recognitions);
        evidence = List.copyOf(evidence);
        awards = List.copyOf(awards);
    }

    public ExemplaryModel model() {
        return row.model();
    }

    /** The recognitions whose year falls in the period. */
    public int recognitionsIn(Period period) {
        return (int) recognitions.stream().filter(r -> period.contains(r.year())).count();
    }
}
