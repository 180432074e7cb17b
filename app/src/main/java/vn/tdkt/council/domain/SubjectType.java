package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Labelled;

/** Who a candidate is: a person (by person code) or a collective (by unit code). */
public enum SubjectType implements Labelled {
    CA_NHAN("Cá nhân"),
    TAP_THE("Tập thể");

    private final String label;
    private final String[] aliases;

    SubjectType(String label, String... aliases) {
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
