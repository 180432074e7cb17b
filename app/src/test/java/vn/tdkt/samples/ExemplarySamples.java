package vn.tdkt.samples;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.workbook.domain.ExemplarySheets;

/**
 * The exemplary models of the movements sample (seed 004, Kế hoạch 90/KH-UBND 2021–2025, its sub-movements and the
 * plans below it; seed 001's Tây Ninh movement): collectives, people (two of the Sở Nội vụ of the main sample, the
 * others not in the database), a household and enterprises, in every stage, with their yearly recognitions 2021–2025.
 * The counts make the congress allocation of seed 004 §V at a quota of 10 fall inside a group: 7 models recognised 4
 * or 5 times are chosen, the 5 recognised 3 times tie at the cut for the 3 seats left, two women among them. Each
 * model's stage history is dated in sheet Giai đoạn điển hình (decision 125): found in the list sent before 20/5 of its
 * first year, nurtured from September, summarised in November of the next year, replicated from the 11/6 after.
 */
public final class ExemplarySamples {

    /** The quota at which the sample's cut falls inside a group of equal count. */
    public static final int QUOTA = 10;
    /** The models tied at the cut at {@link #QUOTA} over 2021–2025, and the women among them. */
    public static final List<String> TIED = List.of("DHTT-08", "DHTT-09", "DHTT-10", "DHTT-11", "DHTT-12");
    public static final List<String> TIED_WOMEN = List.of("DHTT-08", "DHTT-11");

    /** Code, name, kind, person code, unit code, field, movement, stage, gender, first year recognised, last year. */
    static final Object[][] MODELS = {
            {"DHTT-01", "Bệnh viện Đa khoa tỉnh Hưng Yên", "Tập thể", null, null, "Y tế", "HY-KH90-03", "Nhân rộng", null,
                    2021, 2025},
            {"DHTT-02", "Hợp tác xã nông nghiệp Tân Tiến, huyện Văn Giang", "Doanh nghiệp", null, null, "Nông nghiệp",
                    "HY-KH90-04", "Nhân rộng", null, 2021, 2025},
            {"DHTT-03", "Ông Nguyễn Văn Thắng, nông dân sản xuất kinh doanh giỏi, xã Phụng Công", "Cá nhân", null, null,
                    "Nông nghiệp", "HY-KH90-17", "Nhân rộng", "Nam", 2021, 2025},
            {"DHTT-04", "Bà Đào Thị Hạnh, Chi hội trưởng Chi hội Phụ nữ thôn Đông, xã Dị Sử", "Cá nhân", null, null,
                    "Công tác phụ nữ", "HY-KH90-16", "Tổng kết", "Nữ", 2022, 2025},
            {"DHTT-05", "Hộ ông Trần Văn Bình, thoát nghèo bền vững, xã Hồng Nam", "Hộ gia đình", null, null, "Giảm nghèo",
                    "HY-KH90-08", "Tổng kết", null, 2022, 2025},
            {"DHTT-06", "Công an xã Liêu Xá, huyện Yên Mỹ", "Tập thể", null, null, "An ninh trật tự", "HY-KH90-06",
                    "Tổng kết", null, 2022, 2025},
            {"DHTT-07", "Công ty Cổ phần May Hưng Yên", "Doanh nghiệp", null, null, "Sản xuất kinh doanh", "HY-KH90-07",
                    "Tổng kết", null, 2021, 2024},
            {"DHTT-08", "Bà Phạm Lan Quỳnh, Phó Chánh Văn phòng Sở Nội vụ", "Cá nhân", "CB00006", null, "Văn hóa công sở",
                    "HY-KH90-09", "Tổng kết", null, 2023, 2025},
            {"DHTT-09", "Ông Lê Xuân Phong, Chánh Văn phòng Sở Nội vụ", "Cá nhân", "CB00005", null, "Cải cách hành chính",
                    "HY-KH90-10", "Bồi dưỡng", null, 2023, 2025},
            {"DHTT-10", "Trường Trung học cơ sở Chu Mạnh Trinh, thành phố Hưng Yên", "Tập thể", null, null, "Giáo dục",
                    "HY-KH90-15", "Tổng kết", null, 2022, 2024},
            {"DHTT-11", "Bà Nguyễn Thị Thu Hà, công nhân Công ty TNHH Sumidenso Việt Nam", "Cá nhân", null, null,
                    "Lao động sáng tạo", "HY-KH90-14", "Tổng kết", "Nữ", 2023, 2025},
            {"DHTT-12", "Ông Đỗ Văn Hùng, cựu chiến binh làm kinh tế giỏi, xã Tân Châu", "Cá nhân", null, null,
                    "Phát triển kinh tế", "HY-KH90-18", "Bồi dưỡng", "Nam", 2023, 2025},
            {"DHTT-13", "Đoàn Thanh niên xã Minh Châu, huyện Yên Mỹ", "Tập thể", null, null, "Thanh niên tình nguyện",
                    "HY-KH90-19", "Bồi dưỡng", null, 2024, 2025},
            {"DHTT-14", "Thôn Hòa Bình, xã Nghĩa Trụ, huyện Văn Giang", "Tập thể", null, null, "Đời sống văn hóa",
                    "HY-KH90-12", "Bồi dưỡng", null, 2024, 2025},
            {"DHTT-15", "Ông Vũ Đình Khoa, kỹ sư ứng dụng công nghệ sinh học trong sản xuất nấm", "Cá nhân", null, null,
                    "Khoa học và công nghệ", "HY-KH34-2021", "Bồi dưỡng", "Nam", 2025, 2025},
            {"DHTT-16", "Bà Lưu Thị Mến, tổ trưởng tổ phụ nữ tự quản đường hoa, phường Hiến Nam", "Cá nhân", null, null,
                    "Đô thị văn minh", "HY-KH90-13", "Phát hiện", "Nữ", 0, -1},
            {"DHTT-17", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Tây Ninh", "Tập thể", null, null,
                    "Khoa học và công nghệ", "TN-KH-2023", "Bồi dưỡng", null, 2023, 2023}};

    /** The recognition decisions of the Chủ tịch UBND tỉnh Hưng Yên, 2021–2025 (number, date). */
    static final String[][] DECISIONS = {
            {"2650/QĐ-UBND", "15/12/2021"}, {"2712/QĐ-UBND", "14/12/2022"}, {"2801/QĐ-UBND", "15/12/2023"},
            {"2755/QĐ-UBND", "13/12/2024"}, {"2690/QĐ-UBND", "12/12/2025"}};

    private ExemplarySamples() {
    }

    /** Sheet Công nhận điển hình: code, year, decision number and date. */
    static List<Object[]> recognitions() {
        List<Object[]> out = new ArrayList<>();
        for (Object[] m : MODELS) {
            for (int y = (int) m[9]; y <= (int) m[10]; y++) {
                String[] d = m[6].toString().startsWith("TN-") ? new String[] {"1520/QĐ-UBND", "20/12/" + y}
                        : DECISIONS[y - 2021];
                out.add(new Object[] {m[0], y, d[0], d[1]});
            }
        }
        return out;
    }

    /** Who records the stages, and the note of each stage's line. */
    static final String RECORDER = "Ban Thi đua - Khen thưởng";
    static final String[] STAGE_NOTES = {
            "Đề xuất trong danh sách điển hình gửi trước 20/5", "Theo dõi, hỗ trợ, bồi dưỡng",
            "Tổng kết, rút kinh nghiệm mô hình", "Tuyên truyền, nhân rộng nhân kỷ niệm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc"};

    /** Sheet Giai đoạn điển hình: code, stage, date, who, note; every stage up to the model's, in order. */
    static List<Object[]> history() {
        List<Object[]> out = new ArrayList<>();
        for (Object[] m : MODELS) {
            int start = (int) m[9] == 0 ? 2025 : (int) m[9];
            String[] dates = {"20/05/" + start, "15/09/" + start, "15/11/" + (start + 1), "11/06/" + (start + 2)};
            int last = ExemplarySheets.STAGES.indexOf(m[7].toString());
            for (int i = 0; i <= last; i++) {
                out.add(new Object[] {m[0], ExemplarySheets.STAGES.get(i), dates[i], RECORDER, STAGE_NOTES[i]});
            }
        }
        return out;
    }

    /** Adds the three sheets to the movements sample. */
    static void write(XSSFWorkbook wb) {
        Sheet models = sheet(wb, ExemplarySheets.MODELS, ExemplarySheets.MODEL_HEADERS);
        int r = 1;
        for (Object[] m : MODELS) {
            row(models, r++, java.util.Arrays.copyOf(m, 9));
        }
        Sheet recognitions = sheet(wb, ExemplarySheets.RECOGNITIONS, ExemplarySheets.RECOGNITION_HEADERS);
        r = 1;
        for (Object[] x : recognitions()) {
            row(recognitions, r++, x);
        }
        Sheet history = sheet(wb, ExemplarySheets.HISTORY, ExemplarySheets.HISTORY_HEADERS);
        r = 1;
        for (Object[] x : history()) {
            row(history, r++, x);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> headers) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
            s.setColumnWidth(i, (i == 1 ? 70 : 16) * 256);
        }
        return s;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }
}
