package vn.tdkt.common.domain;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * A text for a person, not yet in words: a key of the bundle {@code vn.tdkt.i18n.messages} and its arguments.
 * Services and the domain speak in {@code Msg}; the window and the command line put it into words in the
 * language the user chose ({@link #in(Locale)}). Arguments that are themselves {@code Msg} (or {@link Labelled}
 * values with a bundle key) are put into words in the same language; dates print dd/MM/yyyy.
 */
public record Msg(String key, List<Object> args) implements Localizable, Serializable {

    private static final long serialVersionUID = 1L;

    public Msg {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a Msg needs a bundle key");
        }
        args = args instanceof Args a ? a : new Args(args.toArray()); // nulls allowed (an empty cell)
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args == null ? new Object[0] : args));
    }

    /** The text in the given language (Vietnamese when the bundle has no such language). */
    @Override
    public String in(Locale locale) {
        return Texts.format(locale, key, args.toArray());
    }

    /** The Vietnamese text: the language of the log and of documents. */
    public String vi() {
        return in(Texts.VIETNAMESE);
    }

    @Override
    public String toString() {
        return vi();
    }

    /**
     * The arguments: an unmodifiable list over its own array, nulls allowed. One object beside the array instead of
     * the two of an unmodifiable view over {@code Arrays.asList}: a review holds hundreds of thousands of texts
     * (issue #15).
     */
    private static final class Args extends AbstractList<Object> implements RandomAccess, Serializable {

        private static final long serialVersionUID = 1L;

        private final Object[] items;

        Args(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(items, items.length, Object[].class);
        }
    }
}
