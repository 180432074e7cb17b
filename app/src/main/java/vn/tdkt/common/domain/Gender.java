package vn.tdkt.common.domain;

import java.util.Optional;

/** Giới tính as written in documents. */
public enum Gender implements Labelled {
    MALE("Nam"), FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return this == MALE ? new String[] {"m", "male"} : new String[] {"nu", "f", "female"};
    }

    /** Accepts "Nam", "Nữ", "nu", "nữ", "M", "F" (case and diacritics ignored). */
    public static Optional<Gender> parse(String text) {
        String f = VietnameseText.fold(text);
        return switch (f) {
            case "nam", "m", "male" -> Optional.of(MALE);
            case "nu", "f", "female" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
