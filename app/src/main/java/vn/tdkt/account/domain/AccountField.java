package vn.tdkt.account.domain;

import vn.tdkt.common.domain.Field;

/** The fields of the account form and of the sign-in dialog. */
public enum AccountField implements Field {
    LOGIN("account.field.login"),
    FULL_NAME("account.field.full_name"),
    ROLE("account.field.role"),
    PASSWORD("account.field.password"),
    CONFIRM("account.field.confirm");

    private final String labelKey;

    AccountField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
