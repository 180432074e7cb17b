package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review of one achievement year on one review date: every (subject, title) assessment, persons first then
 * units, titles in review order, and each person's next steps. Immutable.
 */
public record ReviewResult(int year, LocalDate reviewDate, RuleSet rules, List<Assessment> assessments,
                           List<NextStep> nextSteps) {

    public ReviewResult {
        assessments = List.copyOf(assessments);
        nextSteps = List.copyOf(nextSteps);
    }

    public Optional<Assessment> find(SubjectRef subject, Title title) {
        return assessments.stream().filter(a -> a.subject().equals(subject) && a.title() == title).findFirst();
    }

    public List<Assessment> of(Title title) {
        return assessments.stream().filter(a -> a.title() == title).toList();
    }

    public List<NextStep> nextSteps(SubjectRef subject) {
        return nextSteps.stream().filter(n -> n.subject().equals(subject)).toList();
    }

    /** Number of assessments per verdict for a title (the quota counters of the review screen). */
    public Map<Verdict, Long> count(Title title) {
        return of(title).stream().collect(Collectors.groupingBy(Assessment::verdict, Collectors.counting()));
    }
}
