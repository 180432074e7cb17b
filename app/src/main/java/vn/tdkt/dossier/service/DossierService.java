package vn.tdkt.dossier.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.Checklist;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.Component;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierChecks;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.DossierWorkflow;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.domain.WorkingCalendar;

/**
 * Use cases of the nomination dossiers: the dossier and its subjects, its component checklist and files, the checks
 * before it moves on and its status log. Every write is one transaction; files are written before and removed after
 * the transaction that records them.
 */
public final class DossierService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierService.class);

    public static final String F_CODE = "Số hồ sơ";
    public static final String F_AWARD = "Danh hiệu/Hình thức";
    public static final String F_LEVEL = "Cấp quyết định";
    public static final String F_YEAR = "Năm thành tích";
    public static final String F_UNIT = "Đơn vị trình";
    public static final String F_REGIME = "Chế độ áp dụng";
    public static final String F_PROCEDURE = "Thủ tục";
    public static final String F_CASE = "Trường hợp thủ tục đơn giản";
    public static final String F_SUBJECT = "Đối tượng đề nghị";
    public static final String F_COMPONENT = "Thành phần hồ sơ";
    public static final String F_NOTICE_DAYS = "Số ngày công khai";
    public static final String F_HOLIDAY = "Lịch nghỉ lễ, Tết";

    private static final int FIRST_YEAR = 1945;
    private static final int MAX_NOTICE_DAYS = 60;

    private final Database db;
    private final CatalogueService catalogue;
    private final EligibilityCheck eligibility;
    private final Clock clock;
    private final DossierRepository repo = new DossierRepository();
    private final AttachmentStore store;

    public DossierService(Database db, CatalogueService catalogue, EligibilityCheck eligibility, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.clock = clock;
        this.store = new AttachmentStore(db.dataDir());
    }

    // ---- reference data

    public List<LegalRegime> regimes() {
        return repo.regimes(db.dsl());
    }

    /** Deciding levels with their public-notice period, from the highest. */
    public List<DecidingLevel> levels() {
        return repo.levels(db.dsl());
    }

    /** Sets the public-notice period of a deciding level, in working days (0 = no notice required). */
    public DecidingLevel setNoticeDays(String levelCode, int days) {
        return db.transaction(dsl -> {
            if (days < 0 || days > MAX_NOTICE_DAYS) {
                throw new ValidationException(List.of(new Problem(null, 0, F_NOTICE_DAYS, "số ngày làm việc công khai phải "
                        + "từ 0 đến " + MAX_NOTICE_DAYS)));
            }
            repo.setNoticeDays(dsl, levelCode, days);
            return repo.levels(dsl).stream().filter(l -> l.code().equals(levelCode)).findFirst().orElseThrow(
                    () -> new AppException("Không có cấp quyết định mã \"" + levelCode + "\"."));
        });
    }

    /**
     * Records a weekday off (nghỉ lễ, Tết, nghỉ bù, hoán đổi) or a weekend day worked in exchange (làm bù), replacing
     * what was recorded for that day.
     */
    public Holiday saveHoliday(Holiday draft) {
        Holiday h = new Holiday(draft.date(), draft.workday(), VietnameseText.clean(draft.name()),
                VietnameseText.clean(draft.legalRef()));
        List<Problem> problems = new ArrayList<>();
        if (h.date() == null) {
            problems.add(new Problem(null, 0, F_HOLIDAY, "chưa nhập ngày"));
        } else {
            boolean weekend = h.date().getDayOfWeek() == DayOfWeek.SATURDAY || h.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && !h.workday()) {
                problems.add(new Problem(null, 0, F_HOLIDAY, "ngày " + VnFormat.date(h.date())
                        + " là ngày nghỉ cuối tuần; chỉ ghi ngày nghỉ rơi vào ngày làm việc (kể cả ngày nghỉ bù)"));
            } else if (!weekend && h.workday()) {
                problems.add(new Problem(null, 0, F_HOLIDAY, "ngày " + VnFormat.date(h.date())
                        + " vốn là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật"));
            }
        }
        if (blankToNull(h.name()) == null) {
            problems.add(new Problem(null, 0, F_HOLIDAY, "chưa nhập tên ngày nghỉ lễ, Tết hoặc làm bù"));
        }
        if (blankToNull(h.legalRef()) == null) {
            problems.add(new Problem(null, 0, F_HOLIDAY, "chưa ghi căn cứ (văn bản thông báo lịch nghỉ)"));
        }
        refuse(problems);
        return db.transaction(dsl -> {
            repo.saveHoliday(dsl, h);
            return h;
        });
    }

    public void removeHoliday(LocalDate day) {
        db.transaction(dsl -> {
            if (repo.deleteHoliday(dsl, day) == 0) {
                throw new AppException("Lịch nghỉ không có ngày " + VnFormat.date(day) + ".");
            }
            return null;
        });
    }

    public List<Component> components() {
        return repo.components(db.dsl());
    }

    public WorkingCalendar calendar() {
        return new WorkingCalendar(repo.holidays(db.dsl()));
    }

    // ---- dossiers

    public Optional<Dossier> find(long id) {
        return repo.dossier(db.dsl(), id);
    }

    /** Dossiers matching the filter, newest first. */
    public List<Dossier> list(DossierFilter filter) {
        return repo.list(db.dsl(), filter);
    }

    /**
     * Creates (id 0) or updates a dossier while it is drafted or returned. On creation the number is given when blank
     * (HS-yyyy-nnn), the regime is the one in force today unless one is chosen, and the creation is logged. A change of
     * award or procedure is refused while a subject or a stored file would no longer fit.
     */
    public Dossier save(Dossier draft, String user) {
        String who = who(user);
        return db.transaction(dsl -> {
            LocalDateTime now = LocalDateTime.now(clock);
            Optional<Dossier> existing = draft.id() == 0 ? Optional.empty() : Optional.of(requireDossier(dsl, draft.id()));
            existing.ifPresent(e -> requireEditable(e, "sửa"));
            Catalogue cat = catalogue.catalogue();
            List<Problem> problems = new ArrayList<>();
            Optional<AwardKind> kind = award(cat, draft.awardCode(), problems);
            if (draft.decidingLevel() == null) {
                problems.add(new Problem(null, 0, F_LEVEL, "chưa chọn cấp quyết định khen thưởng"));
            } else if (repo.levels(dsl).stream().noneMatch(l -> l.code().equals(draft.decidingLevel()))) {
                problems.add(new Problem(null, 0, F_LEVEL, "không có cấp quyết định mã \"" + draft.decidingLevel() + "\""));
            }
            String movement = blankToNull(VietnameseText.clean(draft.movement()));
            int thisYear = LocalDate.now(clock).getYear();
            if (draft.achievementYear() == null && movement == null) {
                problems.add(new Problem(null, 0, F_YEAR, "chưa nhập năm thành tích hoặc tên phong trào, đợt thi đua"));
            } else if (draft.achievementYear() != null
                    && (draft.achievementYear() < FIRST_YEAR || draft.achievementYear() > thisYear + 1)) {
                problems.add(new Problem(null, 0, F_YEAR, "năm thành tích " + draft.achievementYear()
                        + " không hợp lệ (từ " + FIRST_YEAR + " đến " + (thisYear + 1) + ")"));
            }
            if (!repo.unitExists(dsl, draft.proposingUnitId())) {
                problems.add(new Problem(null, 0, F_UNIT, "không tìm thấy đơn vị trình hồ sơ"));
            }
            if (draft.procedure() == null) {
                problems.add(new Problem(null, 0, F_PROCEDURE, "chưa chọn thủ tục thông thường hay thủ tục đơn giản"));
            } else if (draft.procedure() == Procedure.DON_GIAN && draft.simplifiedCase() == null) {
                problems.add(new Problem(null, 0, F_CASE,
                        "chưa chọn trường hợp áp dụng thủ tục đơn giản (một trong 05 trường hợp của Luật Điều 85)"));
            }
            String regime = regime(dsl, draft, existing, problems);
            String code = blankToNull(VietnameseText.clean(draft.code()));
            if (code == null) {
                code = existing.map(Dossier::code).orElseGet(() -> nextCode(dsl, thisYear));
            } else if (repo.codeTaken(dsl, code, draft.id())) {
                problems.add(new Problem(null, 0, F_CODE, "số hồ sơ \"" + code + "\" đã dùng cho hồ sơ khác"));
            }
            refuse(problems);
            Dossier d = new Dossier(draft.id(), code, draft.awardCode(), draft.decidingLevel(), draft.achievementYear(),
                    movement, draft.proposingUnitId(), regime, draft.procedure(),
                    draft.procedure() == Procedure.DON_GIAN ? draft.simplifiedCase() : null, draft.deadline(),
                    draft.noticeStart(), existing.map(Dossier::status).orElse(DossierStatus.DU_THAO),
                    existing.map(Dossier::createdAt).orElse(now), now);
            if (existing.isEmpty()) {
                Dossier created = repo.insert(dsl, d);
                repo.insertLog(dsl, created.id(), null, DossierStatus.DU_THAO, who, now, "Lập hồ sơ");
                LOGGER.info("Dossier {} created by {}", created.code(), who);
                return created;
            }
            refuse(stillFits(dsl, d, kind.orElseThrow(), cat));
            repo.update(dsl, d);
            return repo.dossier(dsl, d.id()).orElseThrow();
        });
    }

    private Optional<AwardKind> award(Catalogue cat, String awardCode, List<Problem> problems) {
        if (awardCode == null || awardCode.isBlank()) {
            problems.add(new Problem(null, 0, F_AWARD, "chưa chọn danh hiệu thi đua hoặc hình thức khen thưởng"));
            return Optional.empty();
        }
        Optional<AwardKind> kind = cat.kind(awardCode);
        if (kind.isEmpty()) {
            problems.add(new Problem(null, 0, F_AWARD, "không có danh hiệu/hình thức mã \"" + awardCode + "\" trong danh mục"));
        }
        return kind;
    }

    /** The regime chosen, else the dossier's own, else the one in force today. */
    private String regime(DSLContext dsl, Dossier draft, Optional<Dossier> existing, List<Problem> problems) {
        List<LegalRegime> regimes = repo.regimes(dsl);
        if (draft.regimeCode() != null) {
            if (regimes.stream().noneMatch(r -> r.code().equals(draft.regimeCode()))) {
                problems.add(new Problem(null, 0, F_REGIME, "không có chế độ mã \"" + draft.regimeCode() + "\""));
            }
            return draft.regimeCode();
        }
        if (existing.isPresent()) {
            return existing.get().regimeCode();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LegalRegime> r = new RegimeCatalog(regimes).on(today);
        if (r.isEmpty()) {
            problems.add(new Problem(null, 0, F_REGIME, "không có chế độ nào áp dụng ngày " + today));
            return null;
        }
        return r.get().code();
    }

    private String nextCode(DSLContext dsl, int year) {
        String prefix = "HS-" + year + "-";
        int n = repo.countCodesStartingWith(dsl, prefix) + 1;
        while (repo.codeTaken(dsl, prefix + String.format("%03d", n), 0)) {
            n++;
        }
        return prefix + String.format("%03d", n);
    }

    /** Subjects and stored files must still fit a dossier whose award, regime or procedure changed. */
    private List<Problem> stillFits(DSLContext dsl, Dossier d, AwardKind kind, Catalogue cat) {
        List<Problem> problems = new ArrayList<>();
        for (SubjectView s : repo.subjects(dsl, d.id())) {
            if (s.exists() && !s.subject().kind().suits(kind, cat)) {
                problems.add(new Problem(null, 0, F_AWARD, "«" + kind.name() + "» không xét tặng cho "
                        + s.subject().kind().label().toLowerCase(Locale.ROOT) + " " + s.name()
                        + "; hãy bỏ đối tượng này khỏi hồ sơ trước"));
            }
        }
        Set<String> codes = checklistItems(dsl, d).stream().map(i -> i.component().code()).collect(Collectors.toSet());
        Map<String, String> names = repo.components(dsl).stream().collect(Collectors.toMap(Component::code, Component::name));
        repo.attachments(dsl, d.id()).stream().map(Attachment::componentCode).distinct().filter(c -> !codes.contains(c))
                .forEach(c -> problems.add(new Problem(null, 0, F_COMPONENT, "hồ sơ đã có tệp của thành phần «"
                        + names.get(c) + "», không còn thuộc hồ sơ sau khi thay đổi; hãy gỡ tệp trước")));
        return problems;
    }

    /** Deletes a dossier still in dự thảo, with its files. */
    public void delete(long dossierId) {
        db.transaction(dsl -> {
            Dossier d = requireDossier(dsl, dossierId);
            if (d.status() != DossierStatus.DU_THAO) {
                throw new AppException("Chỉ xóa được hồ sơ ở trạng thái «" + DossierStatus.DU_THAO.label()
                        + "»; hồ sơ " + d.code() + " đang ở trạng thái «" + d.status().label() + "».");
            }
            repo.delete(dsl, dossierId);
            return null;
        });
        store.deleteAll(dossierId);
        LOGGER.info("Dossier {} deleted", dossierId);
    }

    /** Records the first day of the public notice (null = not published), until the dossier goes up. */
    public Dossier setNoticeStart(long dossierId, LocalDate start) {
        return db.transaction(dsl -> {
            Dossier d = requireDossier(dsl, dossierId);
            if (!d.status().acceptsFiles()) {
                throw new AppException("Hồ sơ đã ở trạng thái «" + d.status().label()
                        + "»: không sửa ngày công khai được nữa.");
            }
            repo.setNoticeStart(dsl, dossierId, start, LocalDateTime.now(clock));
            return repo.dossier(dsl, dossierId).orElseThrow();
        });
    }

    // ---- subjects

    /** Number of subjects per dossier id (dossiers without subjects are absent). */
    public Map<Long, Integer> subjectCounts() {
        return repo.subjectCounts(db.dsl());
    }

    public List<SubjectView> subjects(long dossierId) {
        return repo.subjects(db.dsl(), dossierId);
    }

    /** Adds a person, a unit or a household that exists, is not in the dossier yet and suits the award. */
    public DossierSubject addSubject(long dossierId, DossierSubject draft) {
        return db.transaction(dsl -> {
            Dossier d = requireDossier(dsl, dossierId);
            requireEditable(d, "thêm đối tượng vào");
            Catalogue cat = catalogue.catalogue();
            AwardKind kind = cat.require(d.awardCode());
            List<Problem> problems = new ArrayList<>();
            DossierSubject s = switch (draft.kind()) {
                case CA_NHAN -> {
                    if (draft.personId() == null || !repo.personExists(dsl, draft.personId())) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "không tìm thấy cán bộ được chọn"));
                    } else if (repo.hasPerson(dsl, dossierId, draft.personId())) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "cán bộ này đã có trong hồ sơ"));
                    }
                    yield DossierSubject.person(draft.personId() == null ? 0 : draft.personId());
                }
                case TAP_THE -> {
                    if (draft.unitId() == null || !repo.unitExists(dsl, draft.unitId())) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "không tìm thấy đơn vị được chọn"));
                    } else if (repo.hasUnit(dsl, dossierId, draft.unitId())) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "tập thể này đã có trong hồ sơ"));
                    }
                    yield DossierSubject.unit(draft.unitId() == null ? 0 : draft.unitId());
                }
                case HO_GIA_DINH -> {
                    String name = blankToNull(VietnameseText.clean(draft.householdName()));
                    String address = blankToNull(VietnameseText.clean(draft.householdAddress()));
                    if (name == null) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "chưa nhập tên hộ gia đình (họ tên chủ hộ)"));
                    } else if (repo.hasHousehold(dsl, dossierId, name, address)) {
                        problems.add(new Problem(null, 0, F_SUBJECT, "hộ gia đình " + name + " đã có trong hồ sơ"));
                    }
                    yield DossierSubject.household(name, address);
                }
            };
            if (!draft.kind().suits(kind, cat)) {
                problems.add(new Problem(null, 0, F_SUBJECT, "«" + kind.name() + "» không xét tặng cho "
                        + draft.kind().label().toLowerCase(Locale.ROOT)));
            }
            refuse(problems);
            return repo.insertSubject(dsl, dossierId, s);
        });
    }

    public void removeSubject(long dossierId, long subjectId) {
        db.transaction(dsl -> {
            requireEditable(requireDossier(dsl, dossierId), "bỏ đối tượng khỏi");
            if (repo.deleteSubject(dsl, dossierId, subjectId) == 0) {
                throw new AppException("Không tìm thấy đối tượng này trong hồ sơ (có thể đã được bỏ ra).");
            }
            return null;
        });
    }

    // ---- components and files

    /** The components the dossier needs under its regime and procedure, each with its stored files. */
    public List<ComponentStatus> checklist(long dossierId) {
        DSLContext dsl = db.dsl();
        return checklist(dsl, requireDossier(dsl, dossierId));
    }

    private List<ComponentStatus> checklist(DSLContext dsl, Dossier d) {
        Map<String, List<Attachment>> files = repo.attachments(dsl, d.id()).stream()
                .collect(Collectors.groupingBy(Attachment::componentCode));
        return checklistItems(dsl, d).stream()
                .map(i -> new ComponentStatus(i, files.getOrDefault(i.component().code(), List.of()))).toList();
    }

    private List<ChecklistItem> checklistItems(DSLContext dsl, Dossier d) {
        Map<String, Component> components = repo.components(dsl).stream()
                .collect(Collectors.toMap(Component::code, Function.identity()));
        return Checklist.build(repo.requirements(dsl), components, d.regimeCode(), d.procedure(),
                catalogue.catalogue().require(d.awardCode()));
    }

    /** Stores a file (PDF, scan, Word, Excel, zip; at most 50 MB) for a component of the dossier. */
    public Attachment attach(long dossierId, String componentCode, Path file, String user) {
        return storeFile(dossierId, componentCode, file, user, false);
    }

    /**
     * Stores the document the app generated for a component (tờ trình, báo cáo, biên bản, kết quả bỏ phiếu),
     * replacing the one generated before; attached (signed, scanned) copies stay.
     */
    public Attachment markGenerated(long dossierId, String componentCode, Path file, String user) {
        return storeFile(dossierId, componentCode, file, user, true);
    }

    private Attachment storeFile(long dossierId, String componentCode, Path file, String user, boolean generated) {
        String who = who(user);
        fileTarget(db.dsl(), dossierId, componentCode, generated);
        AttachmentStore.Stored stored = store.put(dossierId, file);
        List<String> released = new ArrayList<>();
        try {
            Attachment added = db.transaction(dsl -> {
                Component component = fileTarget(dsl, dossierId, componentCode, generated);
                List<Attachment> same = repo.attachments(dsl, dossierId).stream()
                        .filter(a -> a.componentCode().equals(componentCode)).toList();
                for (Attachment old : same) {
                    if (generated && old.generated()) {
                        repo.deleteAttachment(dsl, old.id());
                        released.add(old.storedName());
                    } else if (old.sha256().equals(stored.sha256())) {
                        throw new AppException("Tệp \"" + file.getFileName() + "\" đã có trong thành phần «"
                                + component.name() + "» của hồ sơ (tệp \"" + old.originalName() + "\").");
                    }
                }
                return repo.insertAttachment(dsl, new Attachment(0, dossierId, componentCode,
                        VietnameseText.clean(file.getFileName().toString()), stored.storedName(), stored.size(),
                        stored.sha256(), stored.type().contentType(), generated, LocalDateTime.now(clock), who));
            });
            released.remove(stored.storedName());
            released.forEach(name -> deleteIfUnused(dossierId, name));
            LOGGER.info("Dossier {}: {} stored for {} by {}", dossierId, added.originalName(), componentCode, who);
            return added;
        } catch (RuntimeException e) {
            if (stored.created()) {
                deleteIfUnused(dossierId, stored.storedName());
            }
            throw e;
        }
    }

    /** The component of the dossier's checklist a file may be stored for, refusing when the dossier is past it. */
    private Component fileTarget(DSLContext dsl, long dossierId, String componentCode, boolean generated) {
        Dossier d = requireDossier(dsl, dossierId);
        if (!d.status().acceptsFiles()) {
            throw new AppException("Hồ sơ " + d.code() + " đã ở trạng thái «" + d.status().label()
                    + "»: không thêm, bớt tệp được nữa.");
        }
        Component c = checklistItems(dsl, d).stream().map(ChecklistItem::component)
                .filter(x -> x.code().equals(componentCode)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(new Problem(null, 0, F_COMPONENT,
                        "thành phần mã \"" + componentCode + "\" không thuộc danh mục thành phần của hồ sơ này"))));
        if (generated && !c.generated()) {
            throw new ValidationException(List.of(new Problem(null, 0, F_COMPONENT, "«" + c.name()
                    + "» là tệp đính kèm, không do phần mềm lập")));
        }
        return c;
    }

    /** Removes a file row; the stored copy goes after the commit unless another row of the dossier still uses it. */
    public void detach(long attachmentId) {
        Attachment removed = db.transaction(dsl -> {
            Attachment a = repo.attachment(dsl, attachmentId).orElseThrow(() -> new AppException(
                    "Không tìm thấy tệp này trong hồ sơ (có thể đã được gỡ)."));
            Dossier d = requireDossier(dsl, a.dossierId());
            if (!d.status().acceptsFiles()) {
                throw new AppException("Hồ sơ " + d.code() + " đã ở trạng thái «" + d.status().label()
                        + "»: không thêm, bớt tệp được nữa.");
            }
            repo.deleteAttachment(dsl, attachmentId);
            return a;
        });
        deleteIfUnused(removed.dossierId(), removed.storedName());
        LOGGER.info("Dossier {}: {} removed", removed.dossierId(), removed.originalName());
    }

    /** Where a stored file is, to open or copy it. */
    public Path file(Attachment a) {
        return store.path(a);
    }

    private void deleteIfUnused(long dossierId, String storedName) {
        if (!repo.storedNameInUse(db.dsl(), dossierId, storedName)) {
            store.delete(dossierId, storedName);
        }
    }

    // ---- checks and status

    /** Findings for the dossier's next step on the forward path; none once decided. */
    public List<Finding> checks(long dossierId) {
        DSLContext dsl = db.dsl();
        Dossier d = requireDossier(dsl, dossierId);
        return DossierWorkflow.next(d.status(), d.procedure()).map(t -> findings(dsl, d, t, null)).orElse(List.of());
    }

    /** Findings for a move to the target status (without a note: a late dossier shows as blocked). */
    public List<Finding> checks(long dossierId, DossierStatus target) {
        DSLContext dsl = db.dsl();
        return findings(dsl, requireDossier(dsl, dossierId), target, null);
    }

    /**
     * Moves the dossier to the target status when the status machine allows it and no check blocks it (a return
     * needs only its reason), and logs the change with the user and the note. Returns the warnings that remained.
     */
    public List<Finding> move(long dossierId, DossierStatus target, String user, String note) {
        String who = who(user);
        String cleanNote = blankToNull(VietnameseText.clean(note));
        return db.transaction(dsl -> {
            Dossier d = requireDossier(dsl, dossierId);
            DossierWorkflow.requireAllowed(d.status(), target, d.procedure(), cleanNote);
            List<Finding> findings = findings(dsl, d, target, cleanNote);
            List<Problem> blocking = findings.stream().filter(Finding::isBlocking).map(f -> Problem.file(f.message()))
                    .toList();
            refuse(blocking);
            LocalDateTime now = LocalDateTime.now(clock);
            repo.setStatus(dsl, dossierId, target, now);
            repo.insertLog(dsl, dossierId, d.status(), target, who, now, cleanNote);
            LOGGER.info("Dossier {} moved from {} to {} by {}", d.code(), d.status(), target, who);
            return findings;
        });
    }

    public List<LogEntry> log(long dossierId) {
        return repo.log(db.dsl(), dossierId);
    }

    private List<Finding> findings(DSLContext dsl, Dossier d, DossierStatus target, String note) {
        Catalogue cat = catalogue.catalogue();
        DecidingLevel level = repo.levels(dsl).stream().filter(l -> l.code().equals(d.decidingLevel())).findFirst()
                .orElseThrow(() -> new AppException("Không có cấp quyết định mã \"" + d.decidingLevel() + "\"."));
        return DossierChecks.run(new DossierChecks.Input(d, cat.require(d.awardCode()), cat, level,
                repo.unitExists(dsl, d.proposingUnitId()), repo.subjects(dsl, d.id()), checklist(dsl, d),
                new WorkingCalendar(repo.holidays(dsl)), LocalDate.now(clock), target, note, eligibility));
    }

    // ---- helpers

    private Dossier requireDossier(DSLContext dsl, long id) {
        return repo.dossier(dsl, id).orElseThrow(() -> new AppException("Không tìm thấy hồ sơ này (có thể đã bị xóa)."));
    }

    private static void requireEditable(Dossier d, String action) {
        if (!d.status().editable()) {
            throw new AppException("Hồ sơ " + d.code() + " đang ở trạng thái «" + d.status().label() + "»: chỉ " + action
                    + " hồ sơ ở trạng thái «" + DossierStatus.DU_THAO.label() + "» hoặc «" + DossierStatus.TRA_LAI.label()
                    + "» được.");
        }
    }

    private static String who(String user) {
        String u = blankToNull(VietnameseText.clean(user));
        if (u == null) {
            throw new AppException("Chưa xác định được người thực hiện (tên người dùng).");
        }
        return u;
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
