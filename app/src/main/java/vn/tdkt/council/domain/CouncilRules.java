package vn.tdkt.council.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dated configuration: vote thresholds per award and quorum/rounds per kind of session. */
public final class CouncilRules {

    private final List<VoteThreshold> thresholds;
    private final List<MeetingRule> meetingRules;

    public CouncilRules(List<VoteThreshold> thresholds, List<MeetingRule> meetingRules) {
        this.thresholds = List.copyOf(thresholds);
        this.meetingRules = List.copyOf(meetingRules);
    }

    public List<VoteThreshold> thresholds() {
        return thresholds;
    }

    public List<MeetingRule> meetingRules() {
        return meetingRules;
    }

    /** The threshold of the award on that day: its own rule if any, else the general one; the latest start wins. */
    public Optional<VoteThreshold> threshold(String awardCode, LocalDate day) {
        Optional<VoteThreshold> own = latest(thresholds.stream()
                .filter(t -> awardCode.equals(t.awardCode()) && t.validOn(day)).toList());
        return own.isPresent() ? own : latest(thresholds.stream().filter(t -> t.awardCode() == null && t.validOn(day)).toList());
    }

    public Optional<MeetingRule> meetingRule(SessionKind kind, LocalDate day) {
        return meetingRules.stream().filter(r -> r.kind() == kind && r.validOn(day))
                .max(Comparator.comparing(MeetingRule::validFrom));
    }

    private static Optional<VoteThreshold> latest(List<VoteThreshold> candidates) {
        return candidates.stream().max(Comparator.comparing(VoteThreshold::validFrom));
    }
}
