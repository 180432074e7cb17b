package vn.tdkt.meeting.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.service.CouncilAdminService;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.service.DossierAttachmentService;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.meeting.data.PackRepository;
import vn.tdkt.meeting.domain.Achievements;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.meeting.domain.StoredHistory;
import vn.tdkt.meeting.domain.TemplateBook;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.AwardFormType;

/**
 * The components of a dossier the app writes: the Tờ trình đề nghị khen thưởng of the proposing unit with its list,
 * and the Báo cáo thành tích of each subject prefilled from the stored history (the same reading and the same
 * report building as the meeting pack). Each is written to a temporary file and stored with the dossier as its
 * generated copy, which replaces the one generated before.
 */
public final class DossierDocuments {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierDocuments.class);
    /** The Tờ trình đề nghị khen thưởng (kèm danh sách). */
    public static final String PROPOSAL = "TO_TRINH";
    /** The Báo cáo thành tích: one .docx for one subject, a .zip of one per subject for several. */
    public static final String REPORT = "BCTT";
    /** The Báo cáo tóm tắt thành tích of the simplified procedure: one page per subject. */
    public static final String SUMMARY = "BCTT_TOM_TAT";
    /** The Danh sách đề nghị khen thưởng (.xlsx): sheets for cá nhân, tập thể, hộ gia đình. */
    public static final String LIST = "DS_DE_NGHI";
    /** The danh sách trích ngang of the people proposed (.xlsx). */
    public static final String BRIEF = "DS_TRICH_NGANG";

    private final Database db;
    private final CatalogueService catalogue;
    private final DossierService dossiers;
    private final DossierAttachmentService attachments;
    private final CouncilAdminService council;
    private final PeopleService people;
    private final OrgService org;
    private final Clock clock;
    private final PackRepository repo = new PackRepository();

    private final EligibilityCheck eligibility;

    /** @param eligibility the review engine's check, whose finding on a subject not eligible is printed on the drafts */
    public DossierDocuments(Database db, CatalogueService catalogue, DossierService dossiers,
                            DossierAttachmentService attachments, CouncilAdminService council, PeopleService people,
                            OrgService org, Clock clock, EligibilityCheck eligibility) {
        this.eligibility = eligibility;
        this.db = db;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.council = council;
        this.people = people;
        this.org = org;
        this.clock = clock;
    }

    /** Whether the app writes that component. */
    public static boolean writes(String componentCode) {
        return PROPOSAL.equals(componentCode) || REPORT.equals(componentCode) || SUMMARY.equals(componentCode)
                || LIST.equals(componentCode) || BRIEF.equals(componentCode);
    }

    /** A subject as the documents name it; code null for a household or a record that has gone. */
    private record Subject(SubjectType type, String code, String name, String detail, boolean household) {
    }

    private record Loaded(Dossier dossier, AwardKind kind, LocalDate date, int year, Letterhead letterhead,
                          String recipient, List<Subject> subjects, StoredHistory history, Achievements achievements,
                          TemplateBook book) {
    }

    /**
     * Writes the component of the dossier and stores it as the dossier's generated copy.
     *
     * @throws AppException when the app does not write that component or the dossier cannot take files any more
     */
    public Attachment generate(long dossierId, String componentCode, String user, Progress progress) {
        if (!writes(componentCode)) {
            throw new AppException(Msg.of("council.docs.notWritten", componentCode));
        }
        progress.step(Msg.of("council.docs.progress.reading"), 0, -1);
        Loaded l = load(dossierId);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tdkt-van-ban");
            progress.step(Msg.of(PROPOSAL.equals(componentCode) ? "council.docs.progress.proposal"
                    : REPORT.equals(componentCode) || SUMMARY.equals(componentCode) ? "council.docs.progress.reports"
                    : "council.docs.progress.list"), 1, 3);
            Path file = switch (componentCode) {
                case PROPOSAL -> writeProposal(l, dir);
                case SUMMARY -> writeSummary(l, dir);
                case LIST, BRIEF -> writeList(l, dir, BRIEF.equals(componentCode));
                default -> writeReports(l, dir);
            };
            progress.checkCancelled();
            progress.step(Msg.of("council.docs.progress.storing"), 2, 3);
            Attachment stored = attachments.markGenerated(dossierId, componentCode, file, user);
            LOGGER.info("Dossier {}: {} generated as {}", dossierId, componentCode, stored.originalName());
            return stored;
        } catch (IOException e) {
            throw new AppException(Msg.of("council.docs.noTempFile"), e);
        } finally {
            removeQuietly(dir);
        }
    }

    private Loaded load(long dossierId) {
        Dossier d = dossiers.find(dossierId)
                .orElseThrow(() -> new AppException(Msg.of("council.docs.dossierGone")));
        Catalogue cat = catalogue.catalogue();
        AwardKind kind = cat.require(d.awardCode());
        LocalDate date = regimeDate(dossiers.regimes().stream().filter(r -> r.code().equals(d.regimeCode())).findFirst()
                .orElse(null), LocalDate.now(clock));
        TemplateBook book = DocTemplates.book(catalogue.regimes().catalog());
        int year = d.achievementYear() != null ? d.achievementYear() : date.getYear();
        Map<Long, Unit> units = org.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Subject> subjects = dossiers.subjects(dossierId).stream().map(s -> subject(s, units)).toList();
        Set<String> personCodes = new LinkedHashSet<>();
        Set<String> unitCodes = new LinkedHashSet<>();
        subjects.stream().filter(s -> s.code() != null)
                .forEach(s -> (s.type() == SubjectType.CA_NHAN ? personCodes : unitCodes).add(s.code()));
        int from = year - MeetingDocuments.template(book, date).reportYears(kind.code()) + 1;
        StoredHistory history = repo.load(db.dsl(), personCodes, unitCodes, from, year);
        String recipient = dossiers.levels().stream().filter(v -> v.code().equals(d.decidingLevel()))
                .map(DecidingLevel::name).findFirst().orElse(d.decidingLevel());
        return new Loaded(d, kind, date, year, letterhead(units, d.proposingUnitId()), recipient, subjects, history,
                new Achievements(cat, from, year), book);
    }

    /** Today when the dossier's regime is in force, else the last (or first) day of that regime, for its căn cứ. */
    static LocalDate regimeDate(LegalRegime regime, LocalDate today) {
        return RegimeCatalog.dayWithin(regime, today);
    }

    private Subject subject(SubjectView s, Map<Long, Unit> units) {
        String detail = s.detail() == null ? "" : s.detail();
        if (s.subject().kind() == SubjectKind.CA_NHAN) {
            String code = people.find(s.subject().personId()).map(Person::code).orElse(null);
            return new Subject(SubjectType.CA_NHAN, code, s.displayName(), detail, false);
        }
        String code = s.subject().kind() == SubjectKind.TAP_THE && units.containsKey(s.subject().unitId())
                ? units.get(s.subject().unitId()).code() : null;
        return new Subject(SubjectType.TAP_THE, code, s.displayName(), detail,
                s.subject().kind() == SubjectKind.HO_GIA_DINH);
    }

    /**
     * The proposing unit as issuer under its parent, its initials as ký hiệu, the địa danh of the council's
     * establishing authority.
     */
    private Letterhead letterhead(Map<Long, Unit> units, long unitId) {
        Unit unit = units.get(unitId);
        if (unit == null) {
            throw new AppException(Msg.of("council.docs.unitGone"));
        }
        String place = council.councils().stream().findFirst().map(c -> Letterhead.ofCouncil(c).place())
                .orElseThrow(() -> new AppException(Msg.of("council.docs.noCouncil")));
        Unit parent = unit.parentId() == null ? null : units.get(unit.parentId());
        return new Letterhead(parent == null ? List.of() : List.of(VnDocText.upper(parent.name())),
                List.of(VnDocText.upper(unit.name())), initials(unit.name()), place, unit.name());
    }

    /** "Văn phòng Sở" → "VPS": the first letter of each word, upper case. */
    static String initials(String name) {
        return Stream.of(VietnameseText.clean(name).split("\\s+")).filter(w -> !w.isEmpty() && Character.isLetter(w.charAt(0)))
                .map(w -> VnDocText.upper(w.substring(0, 1))).collect(Collectors.joining());
    }

    private Path writeProposal(Loaded l, Path dir) {
        List<Nominee> nominees = l.subjects().stream().map(s -> MeetingPackService.warned(MeetingPackService.nominee(0, s.type(),
                s.code() == null ? "" : s.code(), s.name(), s.detail(), l.history(), l.achievements()), l.kind().code(),
                l.year(), l.history(), eligibility)).toList();
        ProposalDoc doc = new ProposalDoc(l.letterhead(), l.date(), List.of(l.recipient()), l.kind().code(), l.kind().name(),
                l.kind().category(), AwardFormType.CONG_TRANG, l.year(), nominees, List.of(),
                List.of("Báo cáo thành tích của " + ProposalDocx.counted(nominees)), List.of("THỦ TRƯỞNG ĐƠN VỊ"), "",
                List.of("Như trên;", "Lưu: VT, " + l.letterhead().abbreviation() + "."));
        Path file = dir.resolve("to-trinh-" + MeetingPackService.slug(l.dossier().code()) + ".docx");
        MeetingDocuments.writeProposal(doc, l.book(), file);
        return file;
    }

    private List<Nominee> nominees(Loaded l) {
        return l.subjects().stream().map(s -> MeetingPackService.warned(MeetingPackService.nominee(0, s.type(),
                s.code() == null ? "" : s.code(), s.name(), s.detail(), l.history(), l.achievements()), l.kind().code(),
                l.year(), l.history(), eligibility)).toList();
    }

    /** The Danh sách đề nghị khen thưởng or the trích ngang, in the order of the Tờ trình's list (collectives first). */
    private Path writeList(Loaded l, Path dir, boolean brief) {
        List<Nominee> nominees = nominees(l);
        List<ProposalLists.Line> lines = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Subject s = l.subjects().get(i);
            Nominee n = nominees.get(i);
            boolean person = s.type() == SubjectType.CA_NHAN && s.code() != null;
            lines.add(new ProposalLists.Line(n, person ? l.history().person(s.code()) : java.util.Optional.empty(),
                    !person && s.code() != null ? l.history().unit(s.code()) : java.util.Optional.empty(), s.household()));
        }
        List<ProposalLists.Line> ordered = new ArrayList<>(lines.stream().filter(x -> x.nominee().type() == SubjectType.TAP_THE).toList());
        ordered.addAll(lines.stream().filter(x -> x.nominee().type() != SubjectType.TAP_THE).toList());
        String heading = ProposalLists.heading(l.kind().category() == vn.tdkt.catalog.domain.AwardCategory.DANH_HIEU
                ? "danh hiệu “" + l.kind().name() + "”" : l.kind().name(), l.year());
        List<vn.tdkt.meeting.domain.ListSheet> sheets = brief
                ? ProposalLists.brief(heading, l.kind().name(), ordered, l.history(), catalogue.catalogue(),
                        l.achievements().yearFrom(), l.year())
                : ProposalLists.proposal(heading, l.kind().name(), ordered, l.history());
        if (sheets.isEmpty()) {
            throw new AppException(Msg.of(brief ? "council.docs.noPeople" : "council.docs.noSubjects"));
        }
        Path file = dir.resolve((brief ? "danh-sach-trich-ngang-" : "danh-sach-de-nghi-khen-thuong-")
                + MeetingPackService.slug(l.dossier().code()) + ".xlsx");
        ListXlsx.write(l.letterhead(), l.date(), sheets, file);
        return file;
    }

    /** The Báo cáo tóm tắt thành tích: one page per person or unit of the registry, in one .docx. */
    private Path writeSummary(Loaded l, Path dir) {
        StoredHistory h = l.history();
        List<SummaryDocx.Page> pages = new ArrayList<>();
        for (Subject s : l.subjects()) {
            if (s.code() == null) {
                continue;
            }
            if (s.type() == SubjectType.CA_NHAN) {
                h.person(s.code()).ifPresent(p -> pages.add(new SummaryDocx.Page(MeetingPackService.personReport(l.date(),
                        l.letterhead().place(), l.year(), h, l.achievements(), l.kind(), p, eligibility), null)));
            } else {
                h.unit(s.code()).ifPresent(u -> pages.add(new SummaryDocx.Page(null, MeetingPackService.unitReport(l.date(),
                        l.letterhead().place(), l.year(), h, l.achievements(), l.kind(), u))));
            }
        }
        if (pages.isEmpty()) {
            throw new AppException(Msg.of("council.docs.noSubjects"));
        }
        List<SummaryDocx.Page> ordered = new ArrayList<>(pages.stream().filter(p -> p.unit() != null).toList());
        ordered.addAll(pages.stream().filter(p -> p.person() != null).toList());
        Path file = dir.resolve("bao-cao-tom-tat-thanh-tich-" + MeetingPackService.slug(l.dossier().code()) + ".docx");
        SummaryDocx.write(l.letterhead(), l.date(), ordered, file);
        return file;
    }

    /** One report per person or unit of the registry; several are packed in one .zip. */
    private Path writeReports(Loaded l, Path dir) throws IOException {
        StoredHistory h = l.history();
        List<Path> files = new ArrayList<>();
        for (Subject s : l.subjects()) {
            if (s.code() == null) {
                continue;
            }
            Path file = dir.resolve("bao-cao-thanh-tich-" + MeetingPackService.slug(s.code()) + ".docx");
            if (s.type() == SubjectType.CA_NHAN) {
                h.person(s.code()).ifPresent(p -> {
                    MeetingDocuments.writePersonReport(MeetingPackService.personReport(l.date(), l.letterhead().place(),
                            l.year(), h, l.achievements(), l.kind(), p, eligibility), l.book(), file);
                    files.add(file);
                });
            } else {
                h.unit(s.code()).ifPresent(u -> {
                    MeetingDocuments.writeUnitReport(MeetingPackService.unitReport(l.date(), l.letterhead().place(),
                            l.year(), h, l.achievements(), l.kind(), u), l.book(), file);
                    files.add(file);
                });
            }
        }
        if (files.isEmpty()) {
            throw new AppException(Msg.of("council.docs.noSubjects"));
        }
        if (files.size() == 1) {
            return files.get(0);
        }
        Path zip = dir.resolve("bao-cao-thanh-tich-" + MeetingPackService.slug(l.dossier().code()) + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    private static void removeQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOGGER.warn("Could not remove the temporary folder {}", dir, e);
        }
    }
}
