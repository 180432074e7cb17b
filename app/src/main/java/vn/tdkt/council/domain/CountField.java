package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Msg;

/** The counts of a ballot round, labelled as in the Biên bản kiểm phiếu and the tally workbook. */
public enum CountField {
    TOTAL("Tổng số thành viên Hội đồng"),
    PRESENT("Số thành viên có mặt"),
    ISSUED("Số phiếu phát ra"),
    RETURNED("Số phiếu thu về"),
    VALID("Số phiếu hợp lệ"),
    INVALID("Số phiếu không hợp lệ");

    private final String label;

    CountField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label to start a message with, in the user's language: "số phiếu phát ra". */
    public Msg lowerText() {
        return Msg.of(switch (this) {
            case TOTAL -> "council.countLower.TOTAL";
            case PRESENT -> "council.countLower.PRESENT";
            case ISSUED -> "council.countLower.ISSUED";
            case RETURNED -> "council.countLower.RETURNED";
            case VALID -> "council.countLower.VALID";
            case INVALID -> "council.countLower.INVALID";
        });
    }

    /** The label to start a message with: "số phiếu phát ra". */
    public String lowerLabel() {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
