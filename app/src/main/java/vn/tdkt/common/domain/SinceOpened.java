package vn.tdkt.common.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Optimistic locking by value, the one check every dialog's save goes through (issue #14, README decisions 59 and 110):
 * a record is written only if it is still as the clerk opened it. The service reads the stored record in the saving
 * transaction with its row locked ({@code SELECT … FOR UPDATE}, so two saves at once are checked one after the other)
 * and compares it, field by field, with what the dialog loaded; when someone else saved it meanwhile (another window,
 * another workstation, an import) the save is refused with what they changed and nothing is written.
 *
 * <p>A record kind lists its fields once: the label's bundle key and how to read the value (a reference is read as the
 * name the clerk sees, a list as its lines).
 *
 * @param <T> the record compared
 */
public final class SinceOpened<T> {

    private record Compared<T>(Msg label, Function<? super T, ?> value) {
    }

    private final List<Compared<T>> fields = new ArrayList<>();

    private SinceOpened() {
    }

    /** An empty list of fields, to add to with {@link #field}. */
    public static <T> SinceOpened<T> fields() {
        return new SinceOpened<>();
    }

    /** A field compared: its label's bundle key and its value in the record. */
    public SinceOpened<T> field(String labelKey, Function<? super T, ?> value) {
        return field(Msg.of(labelKey), value);
    }

    /** A field compared under a label with arguments (a row of a list: the member's name, the line's number). */
    public SinceOpened<T> field(Msg label, Function<? super T, ?> value) {
        fields.add(new Compared<>(label, value));
        return this;
    }

    /** A field compared, labelled as the form labels it (the typed key a problem points at). */
    public SinceOpened<T> field(Field field, Function<? super T, ?> value) {
        return field(field.labelKey(), value);
    }

    /** The fields whose value differs from {@code before} to {@code after}, with both values. */
    public Changes between(T before, T after) {
        List<Msg> out = new ArrayList<>();
        for (Compared<T> f : fields) {
            Object b = shown(f.value().apply(before));
            Object a = shown(f.value().apply(after));
            if (!Objects.equals(b, a)) {
                out.add(Msg.of("edit.change", f.label(), b, a));
            }
        }
        return new Changes(out);
    }

    /**
     * Refuses the save when the record as stored now differs from the one the clerk {@code loaded} (null: a new record,
     * or a save that does not come from a dialog, is not checked). {@code record} names it in the message ("Đơn vị VP").
     *
     * @throws ValidationException with what the other person changed; the caller's transaction then writes nothing
     */
    public void require(T loaded, T stored, Msg record) {
        if (loaded == null) {
            return;
        }
        Changes changed = between(loaded, stored);
        if (!changed.isEmpty()) {
            throw new ValidationException(List.of(Problem.file(Msg.of("edit.problem.changedMeanwhile", record, changed))));
        }
    }

    /** A value as the message prints it; values equal when they print the same (a list as its items in order). */
    private static Object shown(Object v) {
        if (v == null || v instanceof String || v instanceof LocalDate || v instanceof Enum<?>
                || v instanceof Localizable) {
            return v instanceof String s && s.isEmpty() ? null : v;
        }
        if (v instanceof Boolean b) {
            return Msg.of(b ? "edit.yes" : "edit.no");
        }
        if (v instanceof Collection<?> c) {
            return new Lines(c.stream().map(SinceOpened::shown).toList());
        }
        return String.valueOf(v);
    }

    /** A list's items, one after the other ("; "), each in the reader's language. */
    private record Lines(List<Object> items) implements Localizable, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String in(Locale locale) {
            return items.stream().map(i -> Texts.format(locale, "edit.item", i)).collect(Collectors.joining("; "));
        }
    }
}
