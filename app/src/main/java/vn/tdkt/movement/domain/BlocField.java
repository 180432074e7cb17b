package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a covenant and of its scoring that problems point at. */
public enum BlocField implements Field {
    BLOC("bloc.field.BLOC"),
    YEAR("bloc.field.YEAR"),
    SIGNERS("bloc.field.SIGNERS"),
    CRITERION_NAME("bloc.field.CRITERION_NAME"),
    CRITERION_MAX("bloc.field.CRITERION_MAX"),
    UNIT("bloc.field.UNIT"),
    POINTS("bloc.field.POINTS"),
    RANKING("bloc.field.RANKING");

    private final String labelKey;

    BlocField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
