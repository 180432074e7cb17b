package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** Sáng kiến, or đề tài/đề án/công trình khoa học đã nghiệm thu. */
public enum InitiativeKind implements Labelled {
    SANG_KIEN("Sáng kiến"),
    DE_TAI("Đề tài khoa học", "đề tài", "đề án", "công trình khoa học", "đề tài nghiên cứu khoa học");

    private final String label;
    private final String[] aliases;

    InitiativeKind(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return aliases.clone();
    }

    public static Optional<InitiativeKind> parse(String text) {
        return Labelled.parse(InitiativeKind.class, text);
    }
}
