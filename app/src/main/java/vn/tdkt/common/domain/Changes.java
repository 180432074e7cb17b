package vn.tdkt.common.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What changed in a record between two readings, field by field ("Họ và tên: «Nguyễn Văn A» → «Nguyễn Văn An»"): the
 * message of a save refused because someone else saved the same record in the meantime (issue #14, {@link SinceOpened}).
 *
 * @param items one text per changed field
 */
public record Changes(List<Msg> items) implements Localizable, Serializable {
    private static final long serialVersionUID = 1L;

    public Changes {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public String in(Locale locale) {
        return items.stream().map(m -> m.in(locale)).collect(Collectors.joining("; "));
    }
}
