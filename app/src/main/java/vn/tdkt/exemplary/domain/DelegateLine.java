package vn.tdkt.exemplary.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Msg;

/** One line of the ranked list: rank (equal counts share it), the model, the outcome and the notes (Ghi chú). */
public record DelegateLine(int rank, Candidate candidate, DelegateResult result, List<Msg> notes) {

    public DelegateLine {
        notes = List.copyOf(notes);
    }

    /** The Ghi chú text: the notes joined with "; ". */
    public String note(Locale locale) {
        return notes.stream().map(m -> m.in(locale)).collect(Collectors.joining("; "));
    }
}
