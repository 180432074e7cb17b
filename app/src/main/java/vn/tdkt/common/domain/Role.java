package vn.tdkt.common.domain;

/** The roles of an account (issue #14): each role is the set of {@link Action}s it may do. */
public enum Role implements Labelled {
    QUAN_TRI("Quản trị", "quan-tri", "admin"),
    CHUYEN_VIEN("Văn thư / chuyên viên", "chuyen-vien", "van-thu", "clerk"),
    THU_KY("Thư ký hội đồng", "thu-ky", "secretary"),
    LANH_DAO("Lãnh đạo", "lanh-dao", "leader"),
    THANH_VIEN("Thành viên hội đồng", "thanh-vien", "member");

    private final String label;
    private final String[] aliases;

    Role(String label, String... aliases) {
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

    /** The short code used on the command line ({@code --role quan-tri}). */
    public String code() {
        return aliases[0];
    }
}
