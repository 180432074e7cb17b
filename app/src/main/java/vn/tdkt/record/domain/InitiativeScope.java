package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** Phạm vi ảnh hưởng of an initiative or research work, narrowest first. */
public enum InitiativeScope implements Labelled {
    CO_SO("Cơ sở", "cấp cơ sở", "phạm vi cơ sở"),
    TINH("Tỉnh", "cấp tỉnh", "phạm vi tỉnh", "toàn tỉnh", "cấp bộ, ngành, tỉnh"),
    TOAN_QUOC("Toàn quốc", "cấp toàn quốc", "phạm vi toàn quốc", "quốc gia");

    private final String label;
    private final String[] aliases;

    InitiativeScope(String label, String... aliases) {
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

    public boolean atLeast(InitiativeScope other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<InitiativeScope> parse(String text) {
        return Labelled.parse(InitiativeScope.class, text);
    }
}
