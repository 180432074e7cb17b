package vn.tdkt.decision.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.BonusRules;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.PrintedSubject;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.Revocation;

/**
 * What the three decision services share: claims priced against their subjects' award history by the same rules
 * (drafting, revocation, lists) and the lines of an award list. Not a service: no transaction of its own.
 */
final class DecisionPricing {

    private final DecisionRepository repo;

    DecisionPricing(DecisionRepository repo) {
        this.repo = repo;
    }

    /** Pays claims against their subjects' award history (not revoked), inside the caller's transaction. */
    List<Payment> pay(DSLContext dsl, Catalogue cat, List<AwardFact> claims) {
        Set<Long> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (AwardFact c : claims) {
            if (c.subjectKey() != null) {
                (c.recipient() == Recipient.CA_NHAN ? people : units).add(Long.parseLong(c.subjectKey().substring(1)));
            }
        }
        return new BonusRules(cat).pay(claims, repo.history(dsl, people, units));
    }

    /** The award a draft line claims. */
    static AwardFact fact(DecisionInfo d, RecipientDraft r) {
        String key = r.personId() != null ? AwardFact.personKey(r.personId())
                : r.unitId() != null ? AwardFact.unitKey(r.unitId()) : null;
        String no = d.decisionNo() == null ? "" : d.decisionNo();
        return new AwardFact(key, r.type(), r.kindCode(), d.yearFrom(), d.yearTo(), no, d.decisionDate());
    }

    static List<String> names(Catalogue cat, List<String> kindCodes) {
        return kindCodes.stream().map(c -> cat.kind(c).map(AwardKind::name).orElse(c)).toList();
    }

    /** The list of a recorded decision; with revocations null it is the list as issued. */
    static List<AwardListRow> rows(Catalogue cat, Decision d, Map<Long, Revocation> revocations) {
        List<AwardListRow> rows = new ArrayList<>(d.recipients().size());
        for (DecisionRecipient r : d.recipients()) {
            Revocation revoked = revocations == null || r.revocationId() == null ? null : revocations.get(r.revocationId());
            AwardListRow row = row(rows.size() + 1, new PrintedSubject(r.name(), r.position(), r.unitName()),
                    cat.require(r.kindCode()), r.payment(), revoked);
            rows.add(r.overridden() ? row.withOverride(r.overrideReason()) : row);
        }
        return rows;
    }

    /** One line of an award list; a revoked line is marked and earns nothing (document text: Vietnamese). */
    static AwardListRow row(int stt, PrintedSubject s, AwardKind kind, Payment p, Revocation revoked) {
        if (revoked == null) {
            return new AwardListRow(stt, s.name(), s.position(), s.unit(), kind.name(), p.amount(), p.documentExplanation(), false);
        }
        Msg mark = Msg.of("decision.revokedMark", revoked.decisionNo(), revoked.decisionDate());
        Msg kindText = Msg.of("decision.revokedKind", kind.name(), mark);
        Msg noteText = p.amount() > 0
                ? Msg.of("decision.revokedNoteRepay", mark, revoked.reason(), VnFormat.money(p.amount()))
                : Msg.of("decision.revokedNote", mark, revoked.reason());
        return new AwardListRow(stt, s.name(), s.position(), s.unit(), kindText.vi(), 0, noteText.vi(), true, kindText,
                noteText);
    }
}
