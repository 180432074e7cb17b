package vn.tdkt.common.domain;

import java.util.Optional;

/** An enum constant with a Vietnamese label and accepted spellings; parsing ignores case and diacritics. */
public interface Labelled {

    /** The label as written in documents and the workbook. */
    String label();

    /**
     * The label in the user's language: the bundle key {@code enum.<Type>.<CONSTANT>} when the bundle has it
     * (English mode), else {@link #label()} (the Vietnamese label is also the document and workbook spelling).
     */
    default String text(java.util.Locale locale) {
        String key = labelKey();
        java.util.ResourceBundle b = Texts.bundle(locale);
        return b.containsKey(key) ? b.getString(key) : label();
    }

    /** The bundle key of this constant's label: {@code enum.<Type>.<CONSTANT>}. */
    default String labelKey() {
        Enum<?> e = (Enum<?>) this;
        return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
    }

    /**
     * Other accepted spellings (codes, abbreviations), compared after {@link VietnameseText#fold}; none unless the enum
     * names them (its label and constant name are always accepted).
     */
    default String[] aliases() {
        return new String[0];
    }

    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String f = VietnameseText.fold(text);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (VietnameseText.fold(e.label()).equals(f) || VietnameseText.fold(e.name()).equals(f)) {
                return Optional.of(e);
            }
            for (String a : e.aliases()) {
                if (VietnameseText.fold(a).equals(f)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
