package vn.tdkt.catalog.domain;

/** Who a title or form can be given to. */
public enum AwardSubject {
    CA_NHAN, TAP_THE, CA_HAI;

    public boolean allowsPerson() {
        return this != TAP_THE;
    }

    public boolean allowsUnit() {
        return this != CA_NHAN;
    }
}
