package vn.tdkt.certificate.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.certificate.data.BlankRepository;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.Certificate;
import vn.tdkt.certificate.domain.CertificateTexts;
import vn.tdkt.certificate.domain.LayoutField;
import vn.tdkt.certificate.domain.PrintResult;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.service.DecisionDraftingService;
import vn.tdkt.decision.service.DecisionReportService;

/**
 * Certificates on the province's pre-printed blanks: the layouts (one per blank, stored), the calibration sheet and a
 * decision's certificates in one PDF (one page per recipient not revoked, each on the blank of its award, or on
 * the plain A4 certificate when no blank is configured for it).
 */
public final class CertificateService {

    private final Database db;
    private final CatalogueService catalogue;
    private final DecisionDraftingService drafting;
    private final DecisionReportService reports;
    private final BlankRepository repo = new BlankRepository();
    private CertificatePdf pdf;

    public CertificateService(Database db, CatalogueService catalogue, DecisionDraftingService drafting,
                              DecisionReportService reports) {
        this.db = db;
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.reports = reports;
    }

    /** The stored blanks by code. */
    public List<BlankLayout> blanks() {
        return db.transaction(repo::all);
    }

    /** A stored blank, or the plain certificate for {@link BlankLayout#PLAIN}. */
    public BlankLayout blank(String code) {
        if (code == null || code.isBlank() || BlankLayout.PLAIN.equalsIgnoreCase(code.strip())) {
            return BlankLayout.plainA4();
        }
        return db.transaction(dsl -> repo.byCode(dsl, code))
                .orElseThrow(() -> new AppException(Msg.of("certificate.unknownBlank", code.strip())));
    }

    /**
     * Stores the layout (a new blank when its id is null) with its boxes and kinds, in one transaction; every
     * problem at once, nothing written when there is one.
     */
    public BlankLayout save(BlankLayout layout) {
        Catalogue cat = catalogue.catalogue();
        return db.transaction(dsl -> {
            List<Problem> problems = new ArrayList<>(layout.problems());
            if (layout.code() != null && !layout.code().isBlank() && repo.codeTaken(dsl, layout.code(), layout.id())) {
                problems.add(Problem.of(LayoutField.CODE, Msg.of("certificate.problem.codeTaken", layout.code().strip())));
            }
            if (BlankLayout.PLAIN.equalsIgnoreCase(String.valueOf(layout.code()).strip())) {
                problems.add(Problem.of(LayoutField.CODE, Msg.of("certificate.problem.reserved", BlankLayout.PLAIN)));
            }
            Map<String, String> elsewhere = repo.kindsElsewhere(dsl, layout.id());
            for (String k : layout.kinds()) {
                if (cat.kind(k).isEmpty()) {
                    problems.add(Problem.of(LayoutField.KINDS, Msg.of("certificate.problem.unknownKind", k)));
                } else if (elsewhere.containsKey(k)) {
                    problems.add(Problem.of(LayoutField.KINDS, Msg.of("certificate.problem.kindTaken", cat.require(k).name(),
                            elsewhere.get(k))));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            long id = repo.save(dsl, layout);
            return repo.all(dsl).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
        });
    }

    /** The recorded decisions to choose from, newest first. */
    public List<DecisionSummary> decisions() {
        return reports.list();
    }

    /** A recorded decision by id (the screen's choice). */
    public Optional<Decision> decision(long id) {
        return drafting.get(id);
    }

    /** The certificates of a decision, in list order (revoked lines left out). */
    public List<Certificate> certificates(Decision decision) {
        return CertificateTexts.of(decision, catalogue.catalogue());
    }

    /** {@link #print(Decision, String, Path, Progress)} of the decision of that number (and date, when several). */
    public PrintResult print(String decisionNo, LocalDate date, String blankCode, Path target, Progress progress) {
        Decision d = drafting.find(decisionNo, date).orElseThrow(() -> date == null
                ? new DecisionNotFoundException(decisionNo) : new DecisionNotFoundException(decisionNo, date));
        return print(d, blankCode, target, progress);
    }

    public PrintResult print(long decisionId, String blankCode, Path target, Progress progress) {
        Decision d = drafting.get(decisionId).orElseThrow(() -> new AppException(Msg.of("certificate.noDecision")));
        return print(d, blankCode, target, progress);
    }

    /**
     * Every certificate of the decision in one PDF: on the named blank, or (no blank named) each on the blank of
     * its award, the plain A4 certificate when its award has none.
     */
    public PrintResult print(Decision decision, String blankCode, Path target, Progress progress) {
        progress.step(Msg.of("certificate.progress.reading", decision.info().decisionNo()), 0, -1);
        List<Certificate> certs = certificates(decision);
        if (certs.isEmpty()) {
            throw new AppException(Msg.of("certificate.nothingToPrint", decision.info().decisionNo()));
        }
        Function<Certificate, BlankLayout> layoutOf;
        if (blankCode != null && !blankCode.isBlank()) {
            BlankLayout one = blank(blankCode);
            layoutOf = c -> one;
        } else {
            List<BlankLayout> stored = blanks();
            BlankLayout plain = BlankLayout.plainA4();
            layoutOf = c -> stored.stream().filter(b -> b.kinds().contains(c.kindCode())).findFirst().orElse(plain);
        }
        int plainPages = (int) certs.stream().filter(c -> layoutOf.apply(c).plain()).count();
        CertificatePdf writer = pdf();
        writer.certificates(certs, layoutOf, "Giấy khen, Bằng khen — Quyết định số " + decision.info().decisionNo(),
                target, progress);
        int revoked = (int) decision.recipients().stream().filter(r -> r.revoked()).count();
        return new PrintResult(decision.info().decisionNo(), certs.size(), revoked, plainPages, writer.fontName(), target);
    }

    /** The calibration sheet of a stored blank (or the plain certificate), with sample texts. */
    public void calibrate(String blankCode, Path target) {
        calibrate(blank(blankCode), Optional.empty(), target);
    }

    /**
     * The calibration sheet of a layout as edited (saved or not), with the texts of the decision's first certificate
     * when one is given, else sample texts.
     */
    public void calibrate(BlankLayout layout, Optional<Decision> decision, Path target) {
        List<Problem> problems = layout.problems().stream()
                .filter(p -> !(p.field() instanceof LayoutField f) || f != LayoutField.CODE).toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Certificate sample = decision.map(this::certificates).filter(l -> !l.isEmpty()).map(l -> l.get(0))
                .orElseGet(CertificateService::sample);
        pdf().calibration(layout, sample, target);
    }

    /** The font embedded in the PDFs ("Times New Roman" or "Liberation Serif"). */
    public String fontName() {
        return pdf().fontName();
    }

    private synchronized CertificatePdf pdf() {
        if (pdf == null) {
            pdf = new CertificatePdf(CertificateFonts.load());
        }
        return pdf;
    }

    /** Texts of the calibration sheet when no decision is chosen: the longest usual lines. */
    static Certificate sample() {
        return new Certificate("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BẰNG KHEN", "BK_TINH", Map.of(
                CertField.RECIPIENT, "Bà Nguyễn Thị Phương Thảo",
                CertField.DETAIL, "Trưởng phòng Tổ chức - Hành chính, Sở Giáo dục và Đào tạo",
                CertField.AWARD, "Đã đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025",
                CertField.CITATION, "Đã có thành tích xuất sắc trong công tác năm 2025, góp phần vào sự nghiệp xây dựng "
                        + "chủ nghĩa xã hội và bảo vệ Tổ quốc",
                CertField.DECISION, "Quyết định số 125/QĐ-UBND ngày 05/01/2026",
                CertField.GOLD_BOOK, "Số sổ vàng: 1234",
                CertField.PLACE_DATE, "Hưng Yên, ngày 05 tháng 01 năm 2026",
                CertField.SIGNER_TITLE, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                CertField.SIGNER_NAME, "Trần Văn Bình"));
    }
}
