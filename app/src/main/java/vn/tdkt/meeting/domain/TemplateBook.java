package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** Every regime's template; the one in force on a document's date is chosen by {@link #forDate}. */
public record TemplateBook(List<DocTemplate> templates) {

    public TemplateBook {
        templates = List.copyOf(templates);
    }

    /** The template in force on that day; the latest start wins when periods overlap. */
    public DocTemplate forDate(LocalDate day) {
        return templates.stream().filter(t -> t.validOn(day)).max(Comparator.comparing(DocTemplate::validFrom))
                .orElseThrow(() -> new AppException(Msg.of("council.docs.noTemplate", day)));
    }
}
