package vn.tdkt.review.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.review.data.ProposalRepository;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/** The clerk's proposals of a review year: which (subject, title) is put forward, by whom and when. */
public final class ProposalService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProposalService.class);

    private final Database db;
    private final Clock clock;
    private final ProposalRepository repository = new ProposalRepository();

    public ProposalService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every proposal of an achievement year. */
    public List<Proposal> proposals(int year) {
        return repository.ofYear(db.dsl(), year);
    }

    /**
     * Marks or unmarks a proposal, in one transaction. Marking twice keeps the first mark.
     *
     * @return the stored proposal when marked, empty when unmarked
     * @throws AppException when the title is not for this kind of subject or the user is unknown
     */
    public Optional<Proposal> setProposed(int year, SubjectRef subject, Title title, boolean proposed, String user) {
        if (title.subject() != subject.type()) {
            throw new AppException(Msg.of(subject.type() == vn.tdkt.catalog.domain.AwardSubject.CA_NHAN
                    ? "review.proposal.notForPerson" : "review.proposal.notForUnit", title.label(), subject.name()));
        }
        if (!proposed) {
            boolean removed = db.transaction(dsl -> repository.delete(dsl, year, subject, title));
            LOGGER.info("Proposal of {} for {} in {} withdrawn by {} ({})", subject.code(), title, year, user,
                    removed ? "removed" : "none");
            return Optional.empty();
        }
        String who = VietnameseText.clean(user == null ? "" : user);
        if (who.isEmpty()) {
            throw new AppException(Msg.of("review.proposal.noUser"));
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Proposal saved = db.transaction(dsl -> repository.insert(dsl, year, subject, title, who, now));
        LOGGER.info("Proposal of {} for {} in {} marked by {}", subject.code(), title, year, who);
        return Optional.of(saved);
    }
}
