package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Labelled;

/** Vai trò trong Hội đồng theo quyết định thành lập, in the order the minutes list members. */
public enum MemberRole implements Labelled {
    CHU_TICH("Chủ tịch", "Chủ tịch Hội đồng"),
    PHO_CHU_TICH("Phó Chủ tịch", "Phó Chủ tịch Hội đồng"),
    UY_VIEN("Ủy viên", "Thành viên"),
    UY_VIEN_THU_KY("Ủy viên kiêm Thư ký", "Ủy viên, Thư ký", "Ủy viên thư ký", "Thư ký");

    private final String label;
    private final String[] aliases;

    MemberRole(String label, String... aliases) {
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
