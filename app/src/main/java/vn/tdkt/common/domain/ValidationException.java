package vn.tdkt.common.domain;

import java.util.List;

/** Input that was refused; carries every problem found so the clerk can fix them all at once. */
public class ValidationException extends AppException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static Msg summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return Msg.of("problem.invalid");
        }
        Msg first = Msg.of("problem.located", new Located(problems.get(0)));
        return problems.size() == 1 ? first : Msg.of("problem.andMore", first, problems.size() - 1);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A problem as a message argument: described in the language the message is put into. */
    private record Located(Problem problem) implements Localizable {
        @Override
        public String in(java.util.Locale locale) {
            return problem.describe(locale);
        }
    }
}
