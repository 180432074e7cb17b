package vn.tdkt.registration.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;

/**
 * The refusal of a folder of unit sheets imported all or nothing: at least one sheet has problems, so nothing is
 * written. Carries every problem with its file ({@link #located()}: Tệp, Trang tính, Dòng, Cột, Lỗi); its
 * {@link #problems()} are the same, each text starting with its file, for any place that lists a refusal.
 *
 * @param files   the .xlsx files read
 * @param refused how many of them have problems
 */
public final class SheetsRefused extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> located;
    private final int files;
    private final int refused;

    public SheetsRefused(List<FileProblem> located, int files) {
        super(flat(located));
        this.located = List.copyOf(located);
        this.files = files;
        this.refused = (int) located.stream().map(FileProblem::file).distinct().count();
    }

    public List<FileProblem> located() {
        return located;
    }

    public int files() {
        return files;
    }

    public int refused() {
        return refused;
    }

    private static List<Problem> flat(List<FileProblem> located) {
        List<Problem> out = new ArrayList<>(located.size());
        for (FileProblem f : located) {
            Problem p = f.problem();
            out.add(new Problem(p.sheet(), p.row(), p.column(), p.field(), Msg.of("registration.folder.inFile", f.file(), p.text())));
        }
        return out;
    }
}
