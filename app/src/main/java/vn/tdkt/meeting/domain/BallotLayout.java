package vn.tdkt.meeting.domain;

import vn.tdkt.common.domain.Labelled;

/**
 * How the Phiếu bầu of a meeting are printed (issue #13; decision 0050), as the secretary chooses: one ballot per title
 * on its own A4 page, to copy as many times as members vote; or every ballot printed, two A5 ballots on each A4
 * landscape sheet with the cut line between them.
 */
public enum BallotLayout implements Labelled {
    ONE_PER_TITLE("Một phiếu mẫu cho mỗi danh hiệu (để photo)"),
    TWO_A5_PER_SHEET("Đủ số phiếu, hai phiếu khổ A5 trên một tờ A4 (có đường cắt)");

    private final String label;

    BallotLayout(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
