package vn.tdkt.record.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.data.RecordRepository;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.HoldField;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.SubjectRecord;

/** Reads and edits the history of a person or a unit; every write in its own transaction. */
public final class RecordService {

    private final Database db;
    private final CatalogueService catalogue;
    private final RecordRepository repo = new RecordRepository();

    public RecordService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    public SubjectRecord ofPerson(long personId) {
        return db.transaction(dsl -> new SubjectRecord(repo.ratings(dsl, personId, null), repo.disciplines(dsl, personId),
                repo.initiatives(dsl, personId), repo.awards(dsl, personId, null)));
    }

    public SubjectRecord ofUnit(long unitId) {
        return db.transaction(dsl -> new SubjectRecord(repo.ratings(dsl, null, unitId), List.of(), List.of(),
                repo.awards(dsl, null, unitId)));
    }

    public void saveRating(Rating r) {
        if (r.year() < 1945 || r.year() > LocalDate.now().getYear() + 1) {
            throw new ValidationException(List.of(new Problem(null, 0, "Năm", "năm đánh giá không hợp lý: " + r.year())));
        }
        db.transaction(dsl -> {
            repo.upsertRating(dsl, r);
            return null;
        });
    }

    public Discipline addDiscipline(Discipline d) {
        List<Problem> problems = new ArrayList<>();
        require(problems, d.form() != null, "Hình thức", "chưa chọn hình thức kỷ luật");
        require(problems, d.decisionNo() != null && !d.decisionNo().isBlank(), "Số quyết định", "chưa nhập số quyết định");
        require(problems, d.decisionDate() != null, "Ngày quyết định", "chưa nhập ngày quyết định");
        require(problems, d.effectiveUntil() == null || d.decisionDate() == null || !d.effectiveUntil().isBefore(d.decisionDate()),
                "Ngày hết hiệu lực", "ngày hết hiệu lực trước ngày quyết định");
        throwIfAny(problems);
        return db.transaction(dsl -> {
            if (repo.disciplineExists(dsl, d.personId(), d.decisionNo(), d.decisionDate())) {
                throw new ValidationException(List.of(new Problem(null, 0, "Số quyết định",
                        "quyết định kỷ luật " + d.decisionNo() + " ngày " + vn.tdkt.common.domain.VnFormat.date(d.decisionDate()) + " đã được ghi cho cán bộ này")));
            }
            long id = repo.insertDiscipline(dsl, d);
            return new Discipline(id, d.personId(), d.form(), d.decisionNo(), d.decisionDate(), d.effectiveUntil());
        });
    }

    public Initiative addInitiative(Initiative i) {
        List<Problem> problems = new ArrayList<>();
        String title = VietnameseText.clean(i.title());
        require(problems, title != null && !title.isEmpty(), "Tên sáng kiến", "chưa nhập tên sáng kiến");
        require(problems, i.scope() != null, "Phạm vi ảnh hưởng", "chưa chọn phạm vi ảnh hưởng");
        throwIfAny(problems);
        Initiative clean = new Initiative(0, i.personId(), i.kind(), title, i.scope(), i.year(), i.decisionNo(), i.decisionDate());
        return db.transaction(dsl -> {
            if (repo.initiativeExists(dsl, i.personId(), title)) {
                throw new ValidationException(List.of(new Problem(null, 0, "Tên sáng kiến", "sáng kiến này đã được ghi")));
            }
            long id = repo.insertInitiative(dsl, clean);
            return new Initiative(id, clean.personId(), clean.kind(), clean.title(), clean.scope(), clean.year(),
                    clean.decisionNo(), clean.decisionDate());
        });
    }

    /** Records an award; the catalogue kind must suit the subject (a unit cannot be Lao động tiên tiến). */
    public Award addAward(Award a) {
        List<Problem> problems = new ArrayList<>();
        AwardKind kind = catalogue.catalogue().kind(a.kindCode()).orElse(null);
        require(problems, kind != null, "Danh hiệu/Hình thức", "chưa chọn danh hiệu hoặc hình thức khen thưởng");
        if (kind != null) {
            require(problems, a.personId() == null || kind.subject().allowsPerson(), "Danh hiệu/Hình thức",
                    "\"" + kind.name() + "\" chỉ dành cho tập thể");
            require(problems, a.unitId() == null || kind.subject().allowsUnit(), "Danh hiệu/Hình thức",
                    "\"" + kind.name() + "\" chỉ dành cho cá nhân");
        }
        require(problems, a.yearFrom() <= a.yearTo(), "Năm", "năm bắt đầu sau năm kết thúc");
        require(problems, a.decisionNo() != null && !a.decisionNo().isBlank(), "Số quyết định", "chưa nhập số quyết định");
        require(problems, a.decisionDate() != null, "Ngày quyết định", "chưa nhập ngày quyết định");
        require(problems, a.authority() != null && !a.authority().isBlank(), "Cấp quyết định", "chưa nhập cấp quyết định");
        throwIfAny(problems);
        return db.transaction(dsl -> {
            if (repo.awardExists(dsl, a.personId(), a.unitId(), a.kindCode(), a.decisionNo(), a.decisionDate())) {
                throw new ValidationException(List.of(new Problem(null, 0, "Số quyết định",
                        "khen thưởng này đã được ghi theo quyết định " + a.decisionNo())));
            }
            long id = repo.insertAward(dsl, a);
            return new Award(id, a.personId(), a.unitId(), a.kindCode(), a.formType(), a.yearFrom(), a.yearTo(),
                    a.decisionNo(), a.decisionDate(), a.authority());
        });
    }

    /**
     * Enters a pending investigation, inspection, complaint or discipline procedure on a person: the review holds the
     * person's commendation (Tạm hoãn) while it is open (NĐ 152/2025/NĐ-CP, Điều 4 khoản 4).
     *
     * @throws ValidationException naming every missing or inconsistent field
     */
    public PersonHold addHold(PersonHold h) {
        ProblemCollector problems = new ProblemCollector();
        String document = ProblemCollector.blankToNull(h.document());
        problems.requirePresent(h.reason(), HoldField.REASON, "record.hold.problem.reason");
        problems.requireText(document, HoldField.DOCUMENT, "record.hold.problem.document");
        problems.requirePresent(h.from(), HoldField.FROM, "record.hold.problem.from");
        problems.require(h.until() == null || h.from() == null || !h.until().isBefore(h.from()), HoldField.UNTIL,
                "record.hold.problem.until");
        problems.throwIfAny();
        PersonHold clean = new PersonHold(0, h.personId(), h.reason(), document, h.from(), h.until(),
                ProblemCollector.blankToNull(h.note()));
        return db.transaction(dsl -> {
            long id = repo.insertHold(dsl, clean);
            return new PersonHold(id, clean.personId(), clean.reason(), clean.document(), clean.from(), clean.until(),
                    clean.note());
        });
    }

    /** Records the day a pending procedure was concluded (the hold ends that day). */
    public PersonHold closeHold(long holdId, LocalDate until) {
        return db.transaction(dsl -> {
            PersonHold h = repo.hold(dsl, holdId).orElseThrow(() -> new vn.tdkt.common.domain.AppException(
                    vn.tdkt.common.domain.Msg.of("record.hold.problem.missing")));
            ProblemCollector problems = new ProblemCollector();
            problems.requirePresent(until, HoldField.UNTIL, "record.hold.problem.untilMissing");
            problems.require(until == null || !until.isBefore(h.from()), HoldField.UNTIL, "record.hold.problem.until");
            problems.throwIfAny();
            repo.closeHold(dsl, holdId, until);
            return new PersonHold(h.id(), h.personId(), h.reason(), h.document(), h.from(), until, h.note());
        });
    }

    /** A person's pending procedures, oldest first. */
    public List<PersonHold> holds(long personId) {
        return db.transaction(dsl -> repo.holds(dsl, personId));
    }

    public void deleteRating(long id) {
        db.transaction(dsl -> {
            repo.deleteRating(dsl, id);
            return null;
        });
    }

    public void deleteDiscipline(long id) {
        db.transaction(dsl -> {
            repo.deleteDiscipline(dsl, id);
            return null;
        });
    }

    public void deleteInitiative(long id) {
        db.transaction(dsl -> {
            repo.deleteInitiative(dsl, id);
            return null;
        });
    }

    public void deleteAward(long id) {
        db.transaction(dsl -> {
            repo.deleteAward(dsl, id);
            return null;
        });
    }

    private static void require(List<Problem> problems, boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new Problem(null, 0, field, message));
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
