package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** Where a milestone not yet done stands on a date (the deadlines command and the start screen). */
public enum DeadlineStatus implements Labelled {
    QUA_HAN("Quá hạn"),
    SAP_DEN_HAN("Sắp đến hạn");

    private final String label;
    private final String[] aliases;

    DeadlineStatus(String label, String... aliases) {
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
}
