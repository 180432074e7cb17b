package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/**
 * What the year-end ranking of a bloc leads to (seed 001 §IV.2: "đề nghị cấp trên tặng Cờ thi đua, tặng Bằng khen
 * cho các tập thể hạng nhất, hạng nhì Khối thi đua"): the first unit is proposed for the Cờ thi đua, the second for
 * a Bằng khen; the award kinds are the catalogue's.
 */
public enum BlocProposal implements Labelled {
    CO_THI_DUA("Cờ thi đua", "CO_TD_TINH"),
    BANG_KHEN("Bằng khen", "BK_TINH");

    private final String label;
    private final String kindCode;

    BlocProposal(String label, String kindCode) {
        this.label = label;
        this.kindCode = kindCode;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return new String[] {kindCode};
    }

    /** The catalogue's award kind proposed. */
    public String kindCode() {
        return kindCode;
    }

    /** The proposal of a rank: 1 → Cờ thi đua, 2 → Bằng khen, else none. */
    public static BlocProposal ofRank(int rank) {
        return rank == 1 ? CO_THI_DUA : rank == 2 ? BANG_KHEN : null;
    }
}
