package vn.tdkt.workbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Gender;

/**
 * The optional sheets of exemplary models (điển hình tiên tiến, issue #11; a contract: names, headers and values
 * exactly as written) and the rows read from them: the two and the dated stage history (decision 125). The
 * contract lives with the workbook, not with the exemplary
 * package, which depends on the review (and the review, through the registrations, on the workbook): the exemplary
 * package reads these rows and writes them (decision 84). {@code row} is the Excel row number, for problems.
 */
public final class ExemplarySheets {

    public static final String MODELS = "Điển hình tiên tiến";
    public static final String RECOGNITIONS = "Công nhận điển hình";
    /** The stage history of the models (decision 125): added beside the two sheets, optional as they are. */
    public static final String HISTORY = "Giai đoạn điển hình";

    public static final String CODE = "Mã điển hình";
    public static final String NAME = "Tên điển hình";
    public static final String KIND = "Loại";
    public static final String PERSON = "Mã cán bộ";
    public static final String UNIT = "Mã đơn vị";
    public static final String FIELD = "Lĩnh vực";
    public static final String MOVEMENT = "Mã phong trào";
    public static final String STAGE = "Giai đoạn";
    public static final String GENDER = "Giới tính";
    public static final String YEAR = "Năm";
    public static final String DECISION_NO = "Số quyết định";
    public static final String DECISION_DATE = "Ngày quyết định";
    /** The day the model entered its stage: an optional column of the models sheet, a column of the history. */
    public static final String STAGE_DATE = "Ngày giai đoạn";
    public static final String BY = "Người thực hiện";
    public static final String NOTE = "Ghi chú";

    public static final List<String> MODEL_HEADERS = List.of(CODE, NAME, KIND, PERSON, UNIT, FIELD, MOVEMENT, STAGE, GENDER);
    /** The columns the models sheet may lack (a file of the nine columns stays good). */
    public static final List<String> MODEL_OPTIONAL = List.of(STAGE_DATE);
    public static final List<String> RECOGNITION_HEADERS = List.of(CODE, YEAR, DECISION_NO, DECISION_DATE);
    public static final List<String> HISTORY_HEADERS = List.of(CODE, STAGE, STAGE_DATE, BY, NOTE);
    /** The cells that must be filled. */
    public static final List<String> MODEL_REQUIRED = List.of(CODE, NAME, KIND, STAGE);
    public static final List<String> RECOGNITION_REQUIRED = List.of(CODE, YEAR, DECISION_NO, DECISION_DATE);
    public static final List<String> HISTORY_REQUIRED = List.of(CODE, STAGE, STAGE_DATE);

    /** The values of Loại, in the order (the exemplary package's model kinds carry the same labels). */
    public static final List<String> KINDS = List.of("Cá nhân", "Tập thể", "Hộ gia đình", "Doanh nghiệp");
    /** The values of Giai đoạn, in order (the four stages of Kế hoạch 90/KH-UBND). */
    public static final List<String> STAGES = List.of("Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng");

    private ExemplarySheets() {
    }

    /**
     * A row of sheet Điển hình tiên tiến. {@code kind} and {@code stage} are one of {@link #KINDS} / {@link #STAGES}
     * as spelled there; {@code gender} only for a person not in the database (null otherwise); {@code stageDate} the
     * optional Ngày giai đoạn.
     */
    public record ModelLine(int row, String code, String name, String kind, String personCode, String unitCode,
                            String field, String movementCode, String stage, Gender gender, LocalDate stageDate) {
    }

    /**
     * A row of sheet Giai đoạn điển hình: the model entered {@code stage} (one of {@link #STAGES}) on {@code on}; the
     * rows of a model, in the sheet's order, are its whole history.
     */
    public record HistoryLine(int row, String modelCode, String stage, LocalDate on, String by, String note) {
    }

    /** A row of sheet Công nhận điển hình. */
    public record RecognitionLine(int row, String modelCode, int year, String decisionNo, LocalDate decisionDate) {
    }

    /**
     * What the sheets hold (all empty when the file has none).
     *
     * @param modelCodes every Mã điển hình of sheet Điển hình tiên tiến in upper case, also of rows refused for another
     *                   cell, so that their recognitions are not reported again as of an unknown model
     */
    public record Data(List<ModelLine> models, List<RecognitionLine> recognitions, List<HistoryLine> history,
                       Set<String> modelCodes) {

        public static final Data EMPTY = new Data(List.of(), List.of(), List.of());

        public Data(List<ModelLine> models, List<RecognitionLine> recognitions, List<HistoryLine> history) {
            this(models, recognitions, history,
                    models.stream().map(m -> m.code().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
        }

        public Data {
            models = List.copyOf(models);
            recognitions = List.copyOf(recognitions);
            history = List.copyOf(history);
            modelCodes = Set.copyOf(modelCodes);
        }
    }
}
