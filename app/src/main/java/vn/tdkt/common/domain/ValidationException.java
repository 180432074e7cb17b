package vn.tdkt.common.domain;

import java.util.List;

/** Input that was refused; carries every problem found so the clerk can fix them all at once. */
public class ValidationException extends AppException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.isEmpty() ? "Dữ liệu không hợp lệ" : problems.get(0).describe()
                + (problems.size() > 1 ? " (và " + (problems.size() - 1) + " lỗi khác)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
