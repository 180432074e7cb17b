package vn.tdkt.meeting.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.export.word.PageEstimate;
import vn.tdkt.meeting.data.PackRepository;
import vn.tdkt.meeting.domain.Achievements;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.TemplateBook;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.BallotLayout;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.MemberLine;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.PackFile;
import vn.tdkt.meeting.domain.PersonReport;
import vn.tdkt.meeting.domain.ProposalAddress;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.meeting.domain.StoredHistory;
import vn.tdkt.meeting.domain.UnitReport;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;

/**
 * The meeting pack: one action writes every document of a council meeting into a folder — a Tờ trình per title
 * (those the council selected once it has voted, every candidate before), a Báo cáo thành tích per candidate
 * prefilled from the records, the Phiếu bầu, a Biên bản kiểm phiếu per title voted on, the Biên bản họp — and the
 * Mục lục listing them. The records are read in a few bulk queries; the documents are written in parallel, each
 * atomically; progress is reported per document and on cancellation (or failure) the files of this run are removed
 * again.
 */
public final class MeetingPackService {

    private static final Logger LOGGER = LoggerFactory.getLogger(MeetingPackService.class);
    public static final String INDEX = "00-muc-luc.docx";
    /** Worker threads writing the documents: the cores, at most four. */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Database db;
    private final CatalogueService catalogue;
    private final CouncilServices council;
    private final PackRepository repo = new PackRepository();

    private final EligibilityCheck eligibility;

    /**
     * @param eligibility the review engine's check: a candidate it does not find eligible for the title of that year
     *                    is named with the reason on the Tờ trình and on the Báo cáo thành tích
     */
    public MeetingPackService(Database db, CatalogueService catalogue, CouncilServices council, EligibilityCheck eligibility) {
        this.db = db;
        this.catalogue = catalogue;
        this.council = council;
        this.eligibility = eligibility;
    }

    /** One planned document: its file, its title and how it is written. */
    private record Planned(String fileName, String title, String number, Consumer<Path> writer) {

        Planned(String fileName, String title, Consumer<Path> writer) {
            this(fileName, title, "", writer);
        }
    }

    /**
     * Writes the pack of the meeting into the folder (created when missing) and returns what it wrote, Mục lục
     * first. The documents are written by a few worker threads (they are independent); {@code progress} is told of
     * each finished one from those threads and asked by them whether to stop.
     *
     * @throws vn.tdkt.common.domain.CancelledException when cancelled; the files of this run are removed
     */
    public List<PackFile> writePack(long meetingId, Path folder, Progress progress) {
        return writePack(meetingId, folder, BallotLayout.ONE_PER_TITLE, progress);
    }

    /** {@link #writePack(long, Path, Progress)} with the Phiếu bầu in the layout the secretary chose (decision 0050). */
    public List<PackFile> writePack(long meetingId, Path folder, BallotLayout ballots, Progress progress) {
        progress.step(Msg.of("council.pack.progress.reading"), 0, -1);
        Catalogue cat = catalogue.catalogue();
        Loaded l = load(meetingId, cat);
        List<Planned> plan = plan(l, cat, ballots);
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        int total = plan.size() + 1;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        Object stepLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "meeting-pack");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(folder);
            List<Future<PackFile>> futures = new ArrayList<>();
            for (Planned p : plan) {
                futures.add(pool.submit(() -> {
                    if (stop.get() || progress.isCancelled()) {
                        stop.set(true);
                        throw new CancelledException();
                    }
                    Path target = folder.resolve(p.fileName());
                    written.add(target);
                    p.writer().accept(target);
                    PackFile f = new PackFile(p.fileName(), p.title(), Files.size(target), p.number(), pages(target));
                    synchronized (stepLock) { // the count and its step together, so the bar never steps back
                        progress.step(Msg.of("council.pack.progress.made", p.title()), done.incrementAndGet(), total);
                    }
                    return f;
                }));
            }
            pool.shutdown();
            List<PackFile> files = new ArrayList<>();
            for (Future<PackFile> f : futures) {
                files.add(result(f, stop));
            }
            progress.checkCancelled();
            progress.step(Msg.of("council.pack.progress.index"), plan.size(), total);
            Path index = folder.resolve(INDEX);
            written.add(index);
            writeIndex(l.doc(), files, index);
            files.add(0, new PackFile(INDEX, "Mục lục hồ sơ phiên họp", Files.size(index), "", pages(index)));
            progress.step(Msg.of("council.pack.progress.done", String.valueOf(files.size())), total, total);
            LOGGER.info("Meeting {}: pack of {} files written to {}", meetingId, files.size(), folder);
            return files;
        } catch (IOException e) {
            finish(pool, written);
            throw new AppException(Msg.of("council.pack.cannotWrite", folder.toAbsolutePath().toString()), e);
        } catch (RuntimeException e) {
            stop.set(true);
            finish(pool, written);
            throw e;
        }
    }

    /** The document's entry, or its failure as thrown by the worker (the others are told to stop). */
    private static PackFile result(Future<PackFile> f, AtomicBoolean stop) throws IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Waits for the workers still running, then removes what this run wrote. */
    private static void finish(ExecutorService pool, List<Path> written) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                LOGGER.warn("Meeting pack workers still running after a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (written) {
            removeQuietly(written);
        }
    }

    /** The meeting as its documents print it, with the nominees prefilled from the records. */
    public MeetingDoc meetingDoc(long meetingId) {
        return load(meetingId, catalogue.catalogue()).doc();
    }

    /**
     * The Phiếu lấy ý kiến thành viên Hội đồng of the meeting (decision record 0091) in one .docx: a phiếu per member in
     * office on the meeting day, or, with {@code absentOnly}, per member the roll marks absent (every member while the
     * roll has not been called).
     *
     * @throws AppException when the agenda has no candidate or no member would receive a phiếu
     */
    public Path writeOpinionForms(long meetingId, boolean absentOnly, Path target) {
        Catalogue cat = catalogue.catalogue();
        MeetingDoc doc = load(meetingId, cat).doc();
        if (doc.agenda().stream().allMatch(g -> g.candidates().isEmpty())) {
            throw new AppException(Msg.of("council.opinion.noAgenda", VnFormat.date(doc.date())));
        }
        List<MemberLine> members = absentOnly && doc.rollCalled() ? doc.absent() : doc.members();
        if (members.isEmpty()) {
            throw new AppException(Msg.of("council.opinion.noMembers", VnFormat.date(doc.date())));
        }
        OpinionDocx.write(doc, cat, members, target);
        LOGGER.info("Meeting {}: {} written-opinion forms written to {}", meetingId, members.size(), target);
        return target;
    }

    /** @param levels the deciding level of each award kind (whom its Tờ trình addresses) */
    private record Loaded(MeetingDoc doc, StoredHistory history, DocTemplate template, TemplateBook book,
                          Map<String, String> levels) {
    }

    private Loaded load(long meetingId, Catalogue cat) {
        Meeting meeting = council.meetings().meeting(meetingId)
                .orElseThrow(() -> new AppException(Msg.of("council.problem.meetingGone")));
        Council c = council.admin().councils().stream().filter(x -> x.id() == meeting.councilId()).findFirst().orElseThrow();
        Map<Long, Attendance> roll = new HashMap<>();
        council.meetings().attendance(meetingId).forEach(a -> roll.put(a.memberId(), a));
        List<MemberLine> members = new ArrayList<>();
        for (CouncilMember m : council.admin().activeMembers(c.id(), meeting.date())) {
            Attendance a = roll.get(m.id());
            members.add(new MemberLine(m, a == null ? null : a.status(), a == null ? null : a.note()));
        }
        QuorumCheck quorum = roll.isEmpty() || council.admin().rules().meetingRule(meeting.kind(), meeting.date()).isEmpty() ? null
                : council.meetings().quorum(meetingId);
        List<AgendaGroup> agenda = council.meetings().agenda(meetingId);
        TemplateBook book = DocTemplates.book(catalogue.regimes().catalog());
        DocTemplate template = MeetingDocuments.template(book, meeting.date());
        int year = MeetingDoc.achievementYear(meeting);
        int from = agenda.stream().mapToInt(g -> year - template.reportYears(g.titleCode()) + 1).min().orElse(year);
        Set<String> personCodes = new LinkedHashSet<>();
        Set<String> unitCodes = new LinkedHashSet<>();
        agenda.forEach(g -> g.candidates().forEach(x -> (x.subjectType() == SubjectType.CA_NHAN ? personCodes : unitCodes)
                .add(x.subjectCode())));
        StoredHistory history = repo.load(db.dsl(), personCodes, unitCodes, from, year);
        Map<Long, Nominee> nominees = new HashMap<>();
        for (AgendaGroup g : agenda) {
            Achievements a = new Achievements(cat, year - template.reportYears(g.titleCode()) + 1, year);
            g.candidates().forEach(x -> nominees.put(x.id(), checked(nominee(x, history, a), g.titleCode(), year, history)));
        }
        MeetingDoc doc = new MeetingDoc(Letterhead.ofCouncil(c), c, meeting, members, quorum, agenda,
                council.ballots().rounds(meetingId), council.ballots().results(meetingId), nominees);
        return new Loaded(doc, history, template, book, repo.decidingLevels(db.dsl()));
    }

    private static Nominee nominee(Candidate c, StoredHistory h, Achievements a) {
        return nominee(c.id(), c.subjectType(), c.subjectCode(), c.fullName(), c.detail(), h, a);
    }

    /**
     * A nominee as the documents print it, prefilled from the stored history (position, unit, thành tích tóm tắt);
     * one whose record has gone keeps the name and detail it was proposed with. Shared with {@link DossierDocuments}.
     */
    static Nominee nominee(long candidateId, SubjectType type, String code, String name, String detail, StoredHistory h,
                           Achievements a) {
        Nominee copied = new Nominee(candidateId, type, code, name, "", detail == null ? "" : detail, "");
        if (type == SubjectType.CA_NHAN) {
            return h.person(code).map(p -> new Nominee(candidateId, type, code, name, p.position(), h.unitPath(p.unitId()),
                    a.summary(h.ratingsOfPerson(p.id()), h.initiativesOf(p.id()), h.awardsOfPerson(p.id()))))
                    .orElse(copied);
        }
        return h.unit(code).map(u -> new Nominee(candidateId, type, code, name, "", h.unit(u.parentId()).map(Unit::name)
                .orElse(""), a.summary(h.ratingsOfUnit(u.id()), List.of(), h.awardsOfUnit(u.id())))).orElse(copied);
    }

    /** The nominee with the review engine's reason when it does not find the person or unit eligible for the award. */
    private Nominee checked(Nominee n, String awardCode, int year, StoredHistory h) {
        return warned(n, awardCode, year, h, eligibility);
    }

    /** Shared with {@link DossierDocuments}: a nominee whose record is gone carries no finding. */
    static Nominee warned(Nominee n, String awardCode, int year, StoredHistory h, EligibilityCheck eligibility) {
        java.util.Optional<DossierSubject> subject = n.type() == SubjectType.CA_NHAN
                ? h.person(n.code()).map(p -> DossierSubject.person(p.id()))
                : h.unit(n.code()).map(u -> DossierSubject.unit(u.id()));
        return subject.flatMap(s -> eligibility.blockingReason(s, awardCode, year)).map(n::withWarning).orElse(n);
    }

    private List<Planned> plan(Loaded l, Catalogue cat, BallotLayout ballots) {
        MeetingDoc m = l.doc();
        List<Planned> plan = new ArrayList<>();
        int n = 0;
        for (AgendaGroup g : m.agenda()) {
            AwardKind kind = cat.require(g.titleCode());
            List<Nominee> proposed = proposed(m, g);
            if (!proposed.isEmpty()) {
                ProposalDoc doc = proposal(m, kind, proposed, l.levels().get(kind.code()));
                plan.add(new Planned(String.format("01-%02d-to-trinh-%s.docx", ++n, slug(g.titleCode())),
                        "Tờ trình đề nghị tặng " + doc.awardPhrase(), number(m, "TTr"),
                        t -> MeetingDocuments.writeProposal(doc, l.book(), t)));
            }
        }
        n = 0;
        for (AgendaGroup g : m.agenda()) {
            AwardKind kind = cat.require(g.titleCode());
            int from = m.achievementYear() - l.template().reportYears(g.titleCode()) + 1;
            Achievements a = new Achievements(cat, from, m.achievementYear());
            for (Candidate c : g.candidates()) {
                String file = String.format("02-%03d-bao-cao-thanh-tich-%s-%s.docx", ++n, slug(g.titleCode()),
                        slug(c.subjectCode()));
                String title = "Báo cáo thành tích của " + c.fullName() + " đề nghị tặng "
                        + ProposalDoc.awardPhrase(kind.category(), kind.name());
                if (c.subjectType() == SubjectType.CA_NHAN) {
                    l.history().person(c.subjectCode()).ifPresent(p -> {
                        PersonReport r = personReport(m.date(), m.letterhead().place(), m.achievementYear(), l.history(), a,
                                kind, p, eligibility);
                        plan.add(new Planned(file, title, t -> MeetingDocuments.writePersonReport(r, l.book(), t)));
                    });
                } else {
                    l.history().unit(c.subjectCode()).ifPresent(u -> {
                        UnitReport r = unitReport(m.date(), m.letterhead().place(), m.achievementYear(), l.history(), a,
                                kind, u);
                        plan.add(new Planned(file, title, t -> MeetingDocuments.writeUnitReport(r, l.book(), t)));
                    });
                }
            }
        }
        if (!m.agenda().isEmpty()) {
            String title = ballots == BallotLayout.ONE_PER_TITLE
                    ? "Phiếu bầu (một phiếu mẫu cho mỗi danh hiệu, hình thức; photo " + BallotDocx.copies(m) + " phiếu)"
                    : "Phiếu bầu (" + BallotDocx.copies(m) + " phiếu cho mỗi danh hiệu, hình thức; hai phiếu A5 trên một tờ A4)";
            plan.add(new Planned("03-phieu-bau.docx", title, t -> MeetingDocuments.writeBallots(m, cat, ballots, t)));
        }
        n = 0;
        for (TallyResult r : m.results()) {
            plan.add(new Planned(String.format("04-%02d-bien-ban-kiem-phieu-%s.docx", ++n, slug(r.titleCode())),
                    "Biên bản kiểm phiếu xét đề nghị tặng " + MeetingText.award(cat, r.titleCode()), number(m, "BB"),
                    t -> MeetingDocuments.writeCountMinutes(m, r.titleCode(), cat, t)));
        }
        plan.add(new Planned("05-bien-ban-hop.docx", "Biên bản họp " + m.council().name(), number(m, "BB"),
                t -> MeetingDocuments.writeMinutes(m, l.book(), cat, t)));
        return plan;
    }

    /** Those the council selected for the title once it has voted; every candidate before the vote. */
    private static List<Nominee> proposed(MeetingDoc m, AgendaGroup g) {
        return m.result(g.titleCode()).map(r -> r.ranked().stream().filter(o -> o.selection() == Selection.SELECTED)
                        .map(TallyOutcome::candidateId).map(m::nominee).toList())
                .orElseGet(() -> g.candidates().stream().map(c -> m.nominee(c.id())).toList());
    }

    private static ProposalDoc proposal(MeetingDoc m, AwardKind kind, List<Nominee> nominees, String level) {
        boolean voted = m.result(kind.code()).isPresent();
        List<String> basis = voted ? List.of("Căn cứ Biên bản họp " + m.council().name() + " " + VnDocText.longDate(m.date()))
                : List.of();
        List<String> attachments = new ArrayList<>();
        if (voted) {
            attachments.add("Biên bản họp Hội đồng");
            attachments.add("Biên bản kiểm phiếu");
        }
        attachments.add("Báo cáo thành tích của " + ProposalDocx.counted(nominees));
        ProposalAddress to = ProposalAddress.of(level, m.council(), m.letterhead().place(), m.chair(), m.members());
        return new ProposalDoc(m.letterhead(), m.date(), List.of(to.addressee()), kind.code(),
                kind.name(), kind.category(), AwardFormType.CONG_TRANG, m.achievementYear(), nominees, basis, attachments,
                to.signerTitle(), to.signerName(),
                List.of("Như trên;", "Thành viên Hội đồng;", "Lưu: VT, " + m.letterhead().abbreviation() + "."));
    }

    /** The Báo cáo thành tích of a person dated that day for the achievement year, prefilled
     * from the stored history of the reporting years of {@code a}. */
    static PersonReport personReport(LocalDate date, String place, int year, StoredHistory h, Achievements a, AwardKind kind,
                                     Person p, EligibilityCheck eligibility) {
        String warning = eligibility.blockingReason(DossierSubject.person(p.id()), kind.code(), year).orElse(null);
        return new PersonReport(date, place, kind.code(),
                ProposalDoc.awardPhrase(kind.category(), kind.name()), a.yearFrom(), year,
                p.fullName(), p.birthDate(), p.gender(), p.position(), h.unitPath(p.unitId()), a.ratings(h.ratingsOfPerson(p.id())),
                a.initiatives(h.initiativesOf(p.id())), a.awards(h.awardsOfPerson(p.id()), AwardCategory.DANH_HIEU),
                a.awards(h.awardsOfPerson(p.id()), AwardCategory.HINH_THUC), p.profile(),
                Achievements.posts(p, h.assignments(), h::unitPath, a.yearFrom(), year),
                Achievements.headFor(p, h.people(), h.unit(p.unitId()).map(Unit::parentId).orElse(null)), warning);
    }

    /** The Báo cáo thành tích of a collective dated that day for the achievement year, prefilled
     * from the stored history of the reporting years of {@code a}. */
    static UnitReport unitReport(LocalDate date, String place, int year, StoredHistory h, Achievements a, AwardKind kind, Unit u) {
        return new UnitReport(date, place, kind.code(), ProposalDoc.awardPhrase(kind.category(), kind.name()),
                a.yearFrom(), year, u.name(), h.unit(u.parentId()).map(Unit::name).orElse(null),
                Achievements.head(u.id(), h.people()), a.ratings(h.ratingsOfUnit(u.id())),
                a.movement(h.subtree(u.id()), h.people(), h.assignments(), h.awards()),
                a.awards(h.awardsOfUnit(u.id()), AwardCategory.DANH_HIEU), a.awards(h.awardsOfUnit(u.id()), AwardCategory.HINH_THUC),
                h.blocLeadsOf(u.id()).stream().map(b -> "Năm " + b.year() + ": dẫn đầu " + b.blocName() + " (trưởng khối)")
                        .toList(), a.initiatives(h.initiativesWithin(u.id())));
    }

    /**
     * The Mục lục: every document with its số, ký hiệu, its date, its trích yếu and its pages (decision 0051), in the
     * order of the pack.
     */
    private static void writeIndex(MeetingDoc m, List<PackFile> files, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(m.letterhead().parent(), m.letterhead().issuer(), "", m.letterhead().placeAndDate(m.date()));
            doc.title("MỤC LỤC", "Hồ sơ phiên họp " + VnDocText.longDate(m.date()));
            doc.centredItalic("(" + m.council().name() + (m.meeting().content() == null ? "" : ": " + m.meeting().content()) + ")");
            List<List<String>> rows = new ArrayList<>();
            String day = VnFormat.date(m.date());
            for (PackFile f : files) {
                boolean dated = !f.fileName().startsWith("03-");
                rows.add(List.of(Integer.toString(rows.size() + 1), f.number(), dated ? day : "", f.title(),
                        f.pages() > 0 ? Integer.toString(f.pages()) : ""));
            }
            Docs.grid(doc, new double[] {12, 36, 25, 76, 16}, List.of("STT", "Số, ký hiệu", "Ngày", "Trích yếu", "Số trang"),
                    rows, "CCCLC");
            doc.write(target);
        }
    }

    /** "…/TTr-HĐTĐKT": the council's ký hiệu, the number left to the văn thư (documents are numbered when issued). */
    private static String number(MeetingDoc m, String kind) {
        String line = m.letterhead().numberLine(kind);
        return "…" + line.substring(line.indexOf('/'));
    }

    /** Pages of a written document (the layout estimate; 0 when it cannot be read). */
    private static int pages(Path docx) {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            return PageEstimate.pages(d);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Could not count the pages of {}", docx, e);
            return 0;
        }
    }

    /** "CSTD_TINH" → "cstd-tinh"; diacritics folded, anything else a dash. */
    static String slug(String s) {
        return VietnameseText.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void removeQuietly(List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LOGGER.warn("Could not remove {} after the pack was stopped", f, e);
            }
        }
        LOGGER.info("Meeting pack stopped: {} files of this run removed", files.size());
    }
}
