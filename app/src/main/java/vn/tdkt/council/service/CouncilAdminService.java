package vn.tdkt.council.service;

import static vn.tdkt.common.domain.ProblemCollector.blankToNull;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.MemberRole;

/**
 * The Hội đồng Thi đua - Khen thưởng as established: the council (its establishing decision) and its members with
 * their terms, and the dated rules (vote thresholds, meeting rules). Every write is one transaction.
 */
public final class CouncilAdminService {

    /** A council's fields as its dialog shows them (issue #14: compared with what the clerk opened). */
    private static final SinceOpened<Council> COUNCIL_FIELDS = SinceOpened.<Council>fields()
            .field("council.field.name", Council::name).field("council.field.decisionNo", Council::decisionNo)
            .field("council.field.decisionDate", Council::decisionDate).field("council.field.authority", Council::authority)
            .field("council.field.councilPlace", Council::place)
            .field("council.field.addressee", c -> new java.util.TreeMap<>(c.addressees()).values().stream().toList());

    private static final SinceOpened<CouncilMember> MEMBER_FIELDS = SinceOpened.<CouncilMember>fields()
            .field("council.field.memberName", CouncilMember::fullName).field("council.field.position", CouncilMember::position)
            .field("council.field.role", CouncilMember::role).field("council.field.termFrom", CouncilMember::termFrom)
            .field("council.field.termTo", CouncilMember::termTo);


    private final Database db;
    private final CouncilRepository repo = new CouncilRepository();

    public CouncilAdminService(Database db) {
        this.db = db;
    }

    /** The dated vote thresholds and meeting rules. */
    public CouncilRules rules() {
        return repo.rules(db.dsl());
    }

    public List<Council> councils() {
        return repo.councils(db.dsl());
    }

    /** Creates (id 0) or updates a council; the establishing decision's number is unique. */
    public Council saveCouncil(Council draft) {
        return saveCouncil(draft, null);
    }

    /** Saves an edit of the council as it was {@code loaded} in the dialog: refused when someone else saved it since. */
    public Council saveCouncil(Council draft, Council loaded) {
        Permission.require(Action.EDIT_MEETINGS);
        Council c = new Council(draft.id(), VietnameseText.clean(draft.name()), VietnameseText.clean(draft.decisionNo()),
                draft.decisionDate(), VietnameseText.clean(draft.authority()),
                draft.place() == null ? null : VietnameseText.clean(draft.place()), cleanAddressees(draft.addressees()));
        return db.transaction(dsl -> {
            if (loaded != null && c.id() != 0 && repo.lockCouncil(dsl, c.id())) {
                repo.council(dsl, c.id()).ifPresent(stored -> COUNCIL_FIELDS.require(loaded, stored,
                        Msg.of("edit.record.council", stored.name())));
            }
            ProblemCollector problems = new ProblemCollector();
            problems.requireText(c.name(), CouncilField.COUNCIL_NAME, "council.problem.noName");
            boolean numbered = problems.requireText(c.decisionNo(), CouncilField.DECISION_NO, "council.problem.noDecisionNo");
            problems.requirePresent(c.decisionDate(), CouncilField.DECISION_DATE, "council.problem.noDecisionDate");
            problems.requireText(c.authority(), CouncilField.AUTHORITY, "council.problem.noAuthority");
            if (numbered) {
                problems.require(!repo.decisionTaken(dsl, c.decisionNo(), c.id()), CouncilField.DECISION_NO,
                        "council.problem.decisionTaken", c.decisionNo());
            }
            c.addressees().keySet().stream().filter(l -> !repo.levelExists(dsl, l)).forEach(l ->
                    problems.add(CouncilField.ADDRESSEE, "council.problem.unknownLevel", l));
            if (c.id() != 0 && repo.council(dsl, c.id()).isEmpty()) {
                problems.add(Problem.file(Msg.of("council.problem.councilGone")));
            }
            problems.throwIfAny();
            return repo.insertOrUpdate(dsl, c);
        });
    }

    /** Deletes a council (with its members) that has held no meeting. */
    public void deleteCouncil(long councilId) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            if (repo.hasMeetings(dsl, councilId)) {
                throw refusal("council.problem.councilHasMeetings");
            }
            repo.deleteCouncil(dsl, councilId);
            return null;
        });
    }

    /** Members in the order of the minutes (chair, vice-chairs, members, secretary). */
    public List<CouncilMember> members(long councilId) {
        return repo.members(db.dsl(), councilId);
    }

    /** Members whose term covers the day: the total number of members that day (the vote denominator). */
    public List<CouncilMember> activeMembers(long councilId, LocalDate day) {
        return repo.members(db.dsl(), councilId).stream().filter(m -> m.activeOn(day)).toList();
    }

    /**
     * Creates (id 0) or updates a member. Refuses a missing name, role or start of term, a term ending before it
     * starts, and a second chair or second secretary over the same period.
     */
    public CouncilMember saveMember(CouncilMember draft) {
        return saveMember(draft, null);
    }

    /** Saves an edit of the member as it was {@code loaded} in the dialog: refused when someone else saved it since. */
    public CouncilMember saveMember(CouncilMember draft, CouncilMember loaded) {
        Permission.require(Action.EDIT_MEETINGS);
        CouncilMember m = new CouncilMember(draft.id(), draft.councilId(), VietnameseText.clean(draft.fullName()),
                blankToNull(draft.position()), draft.role(), draft.termFrom(), draft.termTo(), draft.personId());
        return db.transaction(dsl -> {
            if (repo.council(dsl, m.councilId()).isEmpty()) {
                throw refusal("council.problem.memberCouncilGone");
            }
            if (loaded != null && m.id() != 0 && repo.lockMember(dsl, m.id())) {
                repo.member(dsl, m.id()).ifPresent(stored -> MEMBER_FIELDS.require(loaded, stored,
                        Msg.of("edit.record.member", stored.fullName())));
            }
            ProblemCollector problems = new ProblemCollector();
            if (problems.requireText(m.fullName(), CouncilField.MEMBER_NAME, "council.problem.noMemberName")) {
                problems.require(!VietnameseText.looksLegacyEncoded(m.fullName()), CouncilField.MEMBER_NAME,
                        "council.problem.legacyEncoding");
            }
            problems.requirePresent(m.role(), CouncilField.ROLE, "council.problem.noRole");
            if (problems.requirePresent(m.termFrom(), CouncilField.TERM_FROM, "council.problem.noTermFrom")) {
                problems.require(m.termTo() == null || !m.termTo().isBefore(m.termFrom()), CouncilField.TERM_TO,
                        "council.problem.termEndsBefore", m.termTo(), m.termFrom());
            }
            if (problems.isEmpty() && (m.role() == MemberRole.CHU_TICH || m.role() == MemberRole.UY_VIEN_THU_KY)) {
                repo.members(dsl, m.councilId()).stream()
                        .filter(o -> o.id() != m.id() && o.role() == m.role() && o.overlaps(m)).findFirst()
                        .ifPresent(o -> problems.add(CouncilField.ROLE, "council.problem.roleTaken", m.role(), o.fullName()));
            }
            problems.throwIfAny();
            return repo.insertOrUpdate(dsl, m);
        });
    }

    /** Deletes a member no meeting refers to (end the term instead for one who took part in meetings). */
    public void deleteMember(long memberId) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            if (repo.memberInUse(dsl, memberId)) {
                throw refusal("council.problem.memberInUse");
            }
            repo.deleteMember(dsl, memberId);
            return null;
        });
    }

    private static java.util.Map<String, String> cleanAddressees(java.util.Map<String, String> given) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        given.forEach((level, to) -> out.put(level, VietnameseText.clean(to)));
        return out;
    }

    static ValidationException refusal(String key, Object... args) {
        return new ValidationException(List.of(Problem.file(Msg.of(key, args))));
    }
}
