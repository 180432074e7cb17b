package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tdkt.common.domain.VietnameseText;

/**
 * A movement as another feature offers it in a combo (a dossier, a decision, a registration, an exemplary model
 * naming the movement it belongs to): id, code, name and period.
 */
public record MovementChoice(long id, String code, String name, LocalDate startDate, LocalDate endDate) {

    /** "PT-2023-TN — Phong trào thi đua …", the text a combo shows. */
    public String label() {
        return code == null ? name : code + " — " + name;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The movement a free text names: its label, its code or its name, compared without case, diacritics or extra
     * spaces; empty when none (the text is then kept as it is, as the old free-text field was).
     */
    public static Optional<MovementChoice> match(List<MovementChoice> choices, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = VietnameseText.fold(text);
        return choices.stream().filter(c -> t.equals(VietnameseText.fold(c.label()))).findFirst()
                .or(() -> choices.stream().filter(c -> c.code() != null && t.equals(VietnameseText.fold(c.code()))).findFirst())
                .or(() -> choices.stream().filter(c -> t.equals(VietnameseText.fold(c.name()))).findFirst());
    }
}
