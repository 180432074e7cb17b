package vn.tdkt.exemplary.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.exemplary.data.ExemplaryRepository;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.exemplary.service.ExemplaryListXlsx.Line;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.OfficeIssuer;
import vn.tdkt.movement.service.MovementService;

/**
 * The print-ready lists of exemplary models (decision 85): the Danh sách giới thiệu điển hình tiên tiến of a movement
 * (with every movement below it) or of the whole province, grouped Tập thể / Cá nhân / Hộ gia đình with the years each
 * model was recognised in the period, and the Danh sách đại biểu of an allocation (seed 004 §V) grouped Được chọn /
 * Đồng hạng tại điểm cắt / Không được chọn, with the contract's columns of {@code delegates}. Vietnamese documents.
 */
public final class ExemplaryLists {

    public static final String INTRODUCTION_TITLE = "DANH SÁCH GIỚI THIỆU ĐIỂN HÌNH TIÊN TIẾN";
    public static final String DELEGATE_TITLE = "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC LỰA CHỌN ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA "
            + "YÊU NƯỚC";
    public static final List<String> INTRODUCTION_COLUMNS = List.of("STT", "Tên điển hình tiên tiến", "Lĩnh vực",
            "Đơn vị đề xuất", "Giai đoạn", "Năm được công nhận", "Số lần công nhận");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DOTS = "……………………";
    /** The sections of a list, numbered in the order printed. */
    private static final String[] SECTIONS = {"I", "II", "III"};

    private final Database db;
    private final MovementService movements;
    private final DelegateService delegates;
    private final ExemplaryRepository repo = new ExemplaryRepository();
    private final java.util.function.Function<java.time.LocalDate, OfficeIssuer> office;
    private final java.time.Clock clock;

    /**
     * @param office the office's issuer and signer on a day (the council in office and its chair), for a movement that
     *               names none and for the province's lists (decision 160, the movements' reports' fallback)
     * @param clock  the day of the undated lists' office
     */
    public ExemplaryLists(Database db, MovementService movements, DelegateService delegates,
                          java.util.function.Function<java.time.LocalDate, OfficeIssuer> office, java.time.Clock clock) {
        this.db = db;
        this.movements = movements;
        this.delegates = delegates;
        this.office = office;
        this.clock = clock;
    }

    /** The introduction list of a movement's models (null: every model); returns how many models it lists. */
    public int writeIntroduction(String movementCode, Period period, Path file) {
        Movement m = movement(movementCode);
        DSLContext dsl = db.dsl();
        Map<Long, Long> parents = new HashMap<>();
        movements.list().forEach(x -> parents.put(x.id(), x.parentId()));
        Scope scope = m == null ? Scope.PROVINCE : Scope.movement(m.id());
        Map<Long, List<Integer>> years = new HashMap<>();
        for (Recognition r : repo.allRecognitions(dsl)) {
            if (period.contains(r.year())) {
                years.computeIfAbsent(r.modelId(), k -> new ArrayList<>()).add(r.year());
            }
        }
        Map<Integer, List<ModelRow>> groups = new TreeMap<>();
        Map<Long, Long> unitParents = repo.unitParents(dsl);
        for (ModelRow row : repo.rows(dsl)) {
            if (scope.contains(row.model(), parents, unitParents)) {
                groups.computeIfAbsent(group(row.model().kind()), k -> new ArrayList<>()).add(row);
            }
        }
        String[] headings = {"TẬP THỂ", "CÁ NHÂN", "HỘ GIA ĐÌNH"};
        List<Line> lines = new ArrayList<>();
        int count = 0;
        int section = 0;
        for (Map.Entry<Integer, List<ModelRow>> g : groups.entrySet()) {
            lines.add(Line.section(SECTIONS[section++] + ". " + headings[g.getKey()]));
            int stt = 1;
            for (ModelRow row : g.getValue()) {
                List<Integer> ys = years.getOrDefault(row.model().id(), List.of());
                lines.add(Line.of(stt++, row.model().name(), row.model().field(), row.proposerName(),
                        row.model().stage().label(), String.join(", ", ys.stream().map(String::valueOf).toList()), ys.size()));
                count++;
            }
        }
        List<String> subtitles = new ArrayList<>();
        if (m != null) {
            subtitles.add("Phong trào: " + m.name());
        }
        subtitles.add(period.text().isEmpty() ? "(Số lần được công nhận điển hình tiên tiến: mọi năm)"
                : "(Số lần được công nhận điển hình tiên tiến " + periodWords(period) + ")");
        OfficeIssuer issuer = office.apply(java.time.LocalDate.now(clock));
        ExemplaryListXlsx.write(new ExemplaryListXlsx.Spec("Danh sách giới thiệu", agency(m, issuer), INTRODUCTION_TITLE,
                subtitles, INTRODUCTION_COLUMNS, new double[] {6, 46, 20, 28, 12, 26, 11},
                new boolean[] {true, false, false, false, true, false, true}, lines, place(m, issuer),
                new String[] {"NGƯỜI LẬP DANH SÁCH", "(Ký, ghi rõ họ tên)"},
                new String[] {"THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"}), file);
        return count;
    }

    /** The delegate list of an allocation, print-ready; returns the selection it shows. */
    public DelegateSelection writeDelegates(String movementCode, Period period, int quota, Path file) {
        Movement m = movement(movementCode);
        DelegateSelection s = delegates.select(movementCode, period, quota);
        List<Line> lines = new ArrayList<>();
        String[] headings = {"ĐƯỢC CHỌN", "ĐỒNG HẠNG TẠI ĐIỂM CẮT (Hội đồng Thi đua - Khen thưởng xem xét, quyết định "
                + s.seatsAtCut() + " chỗ còn lại)", "KHÔNG ĐƯỢC CHỌN"};
        DelegateResult[] order = {DelegateResult.DUOC_CHON, DelegateResult.DONG_HANG, DelegateResult.KHONG_DUOC_CHON};
        int section = 0;
        for (int i = 0; i < order.length; i++) {
            List<DelegateLine> part = s.with(order[i]);
            if (part.isEmpty()) {
                continue;
            }
            lines.add(Line.section(SECTIONS[section++] + ". " + headings[i])); // numbered as printed: no gap for one left out
            for (DelegateLine l : part) {
                lines.add(Line.of(l.rank(), l.candidate().code(), l.candidate().name(), l.candidate().recognitions(),
                        l.result().label(), l.note(VI)));
            }
        }
        List<String> subtitles = new ArrayList<>();
        if (m != null) {
            subtitles.add("Phong trào: " + m.name());
        }
        subtitles.add("(Số đại biểu được phân bổ: " + quota + "; xếp theo số lần được công nhận điển hình tiên tiến"
                + (period.text().isEmpty() ? "" : " " + periodWords(period)) + ", từ cao xuống thấp)");
        OfficeIssuer issuer = office.apply(java.time.LocalDate.now(clock));
        ExemplaryListXlsx.write(new ExemplaryListXlsx.Spec("Danh sách đại biểu", agency(m, issuer), DELEGATE_TITLE, subtitles,
                DelegateExport.COLUMNS, new double[] {9, 13, 46, 11, 18, 52},
                new boolean[] {true, true, false, true, false, false}, lines, place(m, issuer),
                new String[] {"NGƯỜI LẬP DANH SÁCH", "(Ký, ghi rõ họ tên)"},
                new String[] {"TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "(Ký, họ tên, đóng dấu)"}), file);
        return s;
    }

    /**
     * The Báo cáo on a movement's models for its sơ kết or tổng kết ({@code kind} "Sơ kết" / "Tổng kết") on a day: the
     * models of the movement and of every movement below it, their recognitions from the movement's first year.
     */
    public void writeReport(String movementCode, String kind, java.time.LocalDate day, Path file) {
        writeReport(movementCode, kind, day, null, file);
    }

    /**
     * The same report with its recognitions from {@code fromYear} (null: the movement's first year) to {@code day}; a
     * period that begins after the day is refused, as an unknown or missing movement code is.
     */
    public void writeReport(String movementCode, String kind, java.time.LocalDate day, Integer fromYear, Path file) {
        // the agency, place and signer the movement lacks: the office's on the report's day (decision 160)
        Movement m = office.apply(day).fill(movement(movementCode == null ? "" : movementCode));
        if (fromYear != null && fromYear > day.getYear()) {
            throw new ValidationException(List.of(Problem.of(ExemplaryField.PERIOD, Msg.of("exemplary.problem.reversedPeriod",
                    String.valueOf(fromYear), String.valueOf(day.getYear())))));
        }
        Map<Long, Long> parents = new HashMap<>();
        movements.list().forEach(x -> parents.put(x.id(), x.parentId()));
        DSLContext dsl = db.dsl();
        Map<Long, Long> unitParents = repo.unitParents(dsl);
        Scope scope = Scope.movement(m.id());
        List<ModelRow> models = repo.rows(dsl).stream().filter(r -> scope.contains(r.model(), parents, unitParents)).toList();
        int from = fromYear != null ? fromYear : m.startDate() != null ? m.startDate().getYear()
                : m.planDate() != null ? m.planDate().getYear() : day.getYear();
        Period period = new Period(from, day.getYear());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        models.forEach(r -> ids.add(r.model().id()));
        Map<Long, List<Recognition>> recognitions = new HashMap<>();
        for (Recognition r : repo.allRecognitions(dsl)) {
            if (ids.contains(r.modelId()) && period.contains(r.year()) && !r.decisionDate().isAfter(day)) {
                recognitions.computeIfAbsent(r.modelId(), k -> new ArrayList<>()).add(r);
            }
        }
        try (var doc = new ModelReportDocument().build(m, kind, day, from, models, recognitions)) {
            doc.write(file);
        }
    }

    /**
     * The day a report counting to {@code toYear} bears (decision 96): today when the period runs to this year or has no
     * end, otherwise 31/12 of its last year.
     */
    public static java.time.LocalDate reportDay(Integer toYear, java.time.LocalDate today) {
        return toYear != null && toYear < today.getYear() ? java.time.LocalDate.of(toYear, 12, 31) : today;
    }

    private Movement movement(String code) {
        if (code == null) {
            return null;
        }
        return movements.byCode(code.strip()).orElseThrow(() -> new ValidationException(List.of(
                Problem.of(ExemplaryField.MOVEMENT, Msg.of("exemplary.problem.movementCode", code)))));
    }

    /**
     * The issuing agency of a list (its parent line, then its name): the movement's own, else the office's (the
     * province's lists, a movement naming none), else a line to fill in.
     */
    private static List<String> agency(Movement m, OfficeIssuer office) {
        Movement shown = m == null ? null : office.fill(m);
        String parent = shown == null ? office.authorityParent() : shown.authorityParent();
        String authority = shown == null ? office.authority() : shown.authority();
        if (blank(authority)) {
            return List.of(DOTS);
        }
        List<String> out = new ArrayList<>();
        if (!blank(parent)) {
            out.add(parent.replace('\n', ' ').toUpperCase(VI));
        }
        out.add(authority.replace('\n', ' ').toUpperCase(VI));
        return out;
    }

    /** The địa danh of a list's dated line, taken with its agency (the movement's, else the office's), else dots. */
    private static String place(Movement m, OfficeIssuer office) {
        String place = m == null ? office.place() : office.fill(m).place();
        return blank(place) ? "……" : place;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String periodWords(Period p) {
        if (p.from() != null && p.to() != null) {
            return p.from().equals(p.to()) ? "năm " + p.from() : "từ năm " + p.from() + " đến năm " + p.to();
        }
        return p.from() != null ? "từ năm " + p.from() : "đến năm " + p.to();
    }

    private static int group(ModelKind kind) {
        return switch (kind) {
            case TAP_THE, DOANH_NGHIEP -> 0;
            case CA_NHAN -> 1;
            case HO_GIA_DINH -> 2;
        };
    }
}
