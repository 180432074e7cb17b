package vn.tdkt.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.shell.SampleMovementDetails;

/**
 * The five seed documents (real provincial plans and công văn the desk was specified from) as movements: the province
 * plan 90/KH-UBND (Hưng Yên) with its 20 sub-movements and their lead agencies as movements implementing it, the Sở
 * KH&CN plan 34/KH-SKHCN that implements it, the plans named by the 2023 công văn (79/KH-UBND, 41/KH-SKHCN) with its
 * deadline 20/5/2023, the Tây Ninh 2023 annual movement and the Hà Tĩnh campaign 01/4–30/9/2021 under the province's
 * 54/KH-UBND. Writes {@code samples/data/phong-trao-mau.xlsx} (imported after the main sample) and the Kế hoạch of each
 * seed under {@code samples/forms/movement/}.
 *
 * <pre>
 * mvn -q -pl app -o test-compile exec:java -Dexec.mainClass=vn.tdkt.samples.MovementSamples -Dexec.classpathScope=test
 * </pre>
 */
public final class MovementSamples {

    public static final String FILE = "phong-trao-mau.xlsx";
    /** The seeds' plans, by code, with the name of their Kế hoạch file. */
    public static final Map<String, String> SEED_PLANS = Map.of(
            "HY-KH90-2021", "ke-hoach-90-KH-UBND-2021.docx",
            "HY-KH34-2021", "ke-hoach-34-KH-SKHCN-2021.docx",
            "HY-KH41-2022", "ke-hoach-41-KH-SKHCN-2022.docx",
            "TN-KH-2023", "ke-hoach-KHCN-Tay-Ninh-2023.docx",
            "HT-KH411-2021", "ke-hoach-411-KH-SKHCN-2021.docx");

    /** The công văn đôn đốc written from the seeds' overdue milestones, by movement code. */
    public static final Map<String, String> REMINDERS = Map.of(
            "HY-KH34-2021", "cong-van-don-doc-34-KH-SKHCN-2023.docx",
            "HY-KH90-2021", "cong-van-don-doc-90-KH-UBND-2023.docx");
    /** The báo cáo sơ kết / tổng kết written from the sample data, by movement code. */
    public static final Map<String, String> REPORTS = Map.of(
            "HY-KH90-2021", "bao-cao-so-ket-90-KH-UBND-2023.docx",
            "TN-KH-2023", "bao-cao-tong-ket-KHCN-Tay-Ninh-2023.docx");

    private MovementSamples() {
    }

    /** Seed 001 §IV.1: the bloc of the Tây Ninh Sở's rooms and units, scored at the year's end. */
    public static final String TN_BLOC = "Khối thi đua các phòng, đơn vị thuộc Sở Khoa học và Công nghệ tỉnh Tây Ninh";
    /** The bloc's scoring workbook and the Tờ trình its confirmed 2023 ranking leads to. */
    public static final String BLOC_TEMPLATE = "cham-diem-khoi-KHCN-Tay-Ninh-2023.xlsx";
    public static final String BLOC_PROPOSAL = "to-trinh-co-thi-dua-khoi-KHCN-Tay-Ninh-2023.docx";

    static final String[][] UNITS = {
            {"HY-UBND", "Ủy ban nhân dân tỉnh Hưng Yên", null},
            {"HY-BTGTU", "Ban Tuyên giáo Tỉnh ủy", "HY-UBND"}, {"HY-BTCTU", "Ban Tổ chức Tỉnh ủy", "HY-UBND"},
            {"HY-SYT", "Sở Y tế", "HY-UBND"}, {"HY-SNN", "Sở Nông nghiệp và Phát triển nông thôn", "HY-UBND"},
            {"HY-BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "HY-UBND"}, {"HY-CA", "Công an tỉnh", "HY-UBND"},
            {"HY-HHDN", "Hiệp hội Doanh nghiệp tỉnh", "HY-UBND"},
            {"HY-SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "HY-UBND"},
            {"HY-SKHDT", "Sở Kế hoạch và Đầu tư", "HY-UBND"}, {"HY-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "HY-UBND"},
            {"HY-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "HY-UBND"}, {"HY-LDLD", "Liên đoàn Lao động tỉnh", "HY-UBND"},
            {"HY-SGDDT", "Sở Giáo dục và Đào tạo", "HY-UBND"}, {"HY-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "HY-UBND"},
            {"HY-HND", "Hội Nông dân tỉnh", "HY-UBND"}, {"HY-HCCB", "Hội Cựu chiến binh tỉnh", "HY-UBND"},
            {"HY-TDTN", "Tỉnh đoàn Hưng Yên", "HY-UBND"}, {"HY-STC", "Sở Tài chính", "HY-UBND"},
            {"HY-STTTT", "Sở Thông tin và Truyền thông", "HY-UBND"},
            {"HY-SKHCN", "Sở Khoa học và Công nghệ", "HY-UBND"},
            {"HY-SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "HY-SKHCN"},
            {"TN-SKHCN", "Sở Khoa học và Công nghệ tỉnh Tây Ninh", null},
            {"TN-SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ tỉnh Tây Ninh", "TN-SKHCN", TN_BLOC},
            {"TN-SKHCN-TTRA", "Thanh tra Sở Khoa học và Công nghệ tỉnh Tây Ninh", "TN-SKHCN", TN_BLOC},
            {"TN-SKHCN-KHTC", "Phòng Kế hoạch - Tài chính", "TN-SKHCN", TN_BLOC},
            {"TN-SKHCN-QLKH", "Phòng Quản lý khoa học", "TN-SKHCN", TN_BLOC},
            {"TN-SKHCN-QLCN", "Phòng Quản lý công nghệ và Thông tin", "TN-SKHCN", TN_BLOC},
            {"TN-SKHCN-CCTC", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Tây Ninh", "TN-SKHCN", TN_BLOC},
            {"HT-UBND", "Ủy ban nhân dân tỉnh Hà Tĩnh", null},
            {"HT-SKHCN", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "HT-UBND"},
            {"HT-SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "HT-SKHCN"}};

    /** Seed 004 §III: the 20 sub-movements and the agency assigned to lead each. */
    static final String[][] KH90_ITEMS = {
            {"“Học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”", "HY-BTGTU"},
            {"“Xây dựng Đảng trong sạch vững mạnh, chính quyền hoạt động hiệu lực, hiệu quả”", "HY-BTCTU"},
            {"“Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” và “Ngành Y tế "
                    + "chung tay phòng, chống dịch bệnh Covid-19”", "HY-SYT"},
            {"“Cả nước chung sức xây dựng nông thôn mới”", "HY-SNN"},
            {"“Thi đua quyết thắng”", "HY-BCHQS"},
            {"“Vì an ninh Tổ quốc” và “Toàn dân bảo vệ an ninh Tổ quốc”", "HY-CA"},
            {"“Doanh nghiệp Hưng Yên hội nhập và phát triển”", "HY-HHDN"},
            {"“Vì một Hưng Yên không còn đói nghèo”", "HY-SLDTBXH"},
            {"“Cán bộ, công chức, viên chức tỉnh Hưng Yên thi đua thực hiện văn hóa công sở”", "SNV"},
            {"“Nâng cao Chỉ số cải cách hành chính (Par Index), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ "
                    + "số hiệu quả quản trị và hành chính công (PAPI)”", "SNV"},
            {"“Nâng cao cải thiện môi trường kinh doanh và năng lực cạnh tranh cấp tỉnh”", "HY-SKHDT"},
            {"“Toàn dân đoàn kết xây dựng đời sống văn hóa”", "HY-SVHTTDL"},
            {"Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”", "HY-MTTQ"},
            {"“Lao động giỏi, lao động sáng tạo”", "HY-LDLD"},
            {"“Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”", "HY-SGDDT"},
            {"“Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc; xây dựng tổ chức”", "HY-HLHPN"},
            {"“Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững”", "HY-HND"},
            {"“Cựu chiến binh gương mẫu”, “Cựu chiến binh giúp nhau làm kinh tế, xóa đói giảm nghèo”", "HY-HCCB"},
            {"“Thanh niên xung kích, tình nguyện phát triển kinh tế - xã hội”, “lập thân, lập nghiệp”", "HY-TDTN"},
            {"“Đổi mới sáng tạo, ứng dụng các tiến bộ khoa học và công nghệ vào thực tiễn sản xuất và đời sống”", "HY-SKHCN"}};

    /** Sheet Phong trào: code, name, kind, level, plan no, plan date, parent, from, to, lead unit. */
    static List<Object[]> movements() {
        List<Object[]> m = new ArrayList<>();
        m.add(new Object[] {"HY-KH90-2021", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai "
                + "đoạn 2021-2025", "Chuyên đề", "Bộ, ngành, tỉnh", "90/KH-UBND", "11/06/2021", null, "11/06/2021",
                "31/12/2025", "SNV"});
        for (int i = 0; i < KH90_ITEMS.length; i++) {
            m.add(new Object[] {String.format("HY-KH90-%02d", i + 1), "Xây dựng điển hình tiên tiến trong phong trào thi đua "
                    + KH90_ITEMS[i][0], "Chuyên đề", "Bộ, ngành, tỉnh", null, null, "HY-KH90-2021", "11/06/2021",
                    "31/12/2025", KH90_ITEMS[i][1]});
        }
        m.add(new Object[] {"HY-KH34-2021", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai "
                + "đoạn 2021-2025", "Chuyên đề", "Cơ quan, đơn vị", "34/KH-SKHCN", "16/09/2021", "HY-KH90-2021",
                "16/09/2021", "31/12/2025", "HY-SKHCN-VP"});
        m.add(new Object[] {"HY-KH79-2022", "Bồi dưỡng, nhân rộng gương điển hình tiên tiến", "Chuyên đề",
                "Bộ, ngành, tỉnh", "79/KH-UBND", "21/04/2022", null, "21/04/2022", "31/12/2025", "SNV"});
        m.add(new Object[] {"HY-KH41-2022", "Bồi dưỡng, nhân rộng gương điển hình tiên tiến", "Chuyên đề",
                "Cơ quan, đơn vị", "41/KH-SKHCN", "25/04/2022", "HY-KH79-2022", "25/04/2022", "31/12/2025", "HY-SKHCN-VP"});
        m.add(new Object[] {"TN-KH-2023", "Phát động phong trào thi đua năm 2023", "Thường xuyên", "Cơ quan, đơn vị",
                "/KH-KHCN", null, null, "01/01/2023", "31/12/2023", "TN-SKHCN-VP"});
        m.add(new Object[] {"HT-KH54-2021", "Phát động phong trào thi đua lập thành tích chào mừng kỷ niệm 190 năm thành lập "
                + "tỉnh (1831-2021) và 30 năm tái lập tỉnh (9/1991-9/2021)", "Theo đợt", "Bộ, ngành, tỉnh", "54/KH-UBND",
                "26/02/2021", null, "26/02/2021", "30/09/2021", null});
        m.add(new Object[] {"HT-KH411-2021", "Phát động đợt thi đua lập thành tích chào mừng kỷ niệm 190 năm thành lập tỉnh "
                + "(1831-2021), 30 năm tái lập tỉnh (9/1991 - 9/2021)", "Theo đợt", "Cơ quan, đơn vị", "411/KH-SKHCN",
                "30/03/2021", "HT-KH54-2021", "01/04/2021", "30/09/2021", "HT-SKHCN-VP"});
        // the sample department's own annual movement of the year, after the seeds' pattern (Tây Ninh 2023)
        m.add(new Object[] {CURRENT, "Phát động phong trào thi đua năm 2026", "Thường xuyên", "Cơ quan, đơn vị", "15/KH-SNV",
                "20/01/2026", null, "01/01/2026", "31/12/2026", "SNV-TDKT"});
        return m;
    }

    /** The sample department's annual movement of 2026, whose milestones the first start moves to its own day. */
    public static final String CURRENT = "SNV-KH15-2026";

    /** Sheet Mốc thời gian: movement, content, due, unit, done. */
    static List<Object[]> milestones() {
        List<Object[]> m = new ArrayList<>();
        m.add(new Object[] {"HY-KH90-2021", "Gửi kế hoạch thực hiện của cơ quan, đơn vị về Sở Nội vụ", "31/08/2021", null, null});
        m.add(new Object[] {"HY-KH90-2021", "Gửi kế hoạch thực hiện của cơ quan, đơn vị về Sở Nội vụ", "31/08/2021",
                "HY-SKHCN", "16/09/2021"});
        for (int y = 2022; y <= 2025; y++) {
            m.add(new Object[] {"HY-KH90-2021", "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/" + y,
                    "15/05/" + y, null, null});
        }
        m.add(new Object[] {"HY-KH90-2021", "Hội nghị điển hình tiên tiến 05 năm ở cơ quan, đơn vị, địa phương", "30/06/2025",
                null, null});
        m.add(new Object[] {"HY-KH90-2021", "Lựa chọn điển hình tiên tiến dự Đại hội Thi đua yêu nước tỉnh lần thứ X",
                "30/09/2025", null, null});
        m.add(new Object[] {"HY-KH34-2021", "Gửi danh sách giới thiệu điển hình tiên tiến về Sở KH&CN (qua Văn phòng Sở)",
                "20/05/2023", null, null});
        m.add(new Object[] {"HY-KH41-2022", "Gửi danh sách giới thiệu điển hình tiên tiến về Sở KH&CN (qua Văn phòng Sở)",
                "20/05/2023", null, null});
        m.add(new Object[] {"TN-KH-2023", "Đăng ký danh hiệu thi đua năm 2023", "31/01/2023", null, null});
        m.add(new Object[] {"TN-KH-2023", "Tổng kết phong trào thi đua, đề nghị khen thưởng năm 2023", "10/12/2023", null, null});
        m.add(new Object[] {"HT-KH411-2021", "Đăng ký thi đua gửi Ban Thi đua - Khen thưởng tỉnh", "10/04/2021", "HT-SKHCN", null});
        m.add(new Object[] {"HT-KH411-2021", "Tổng kết đợt thi đua, đề nghị khen thưởng", "15/10/2021", "HT-SKHCN-VP", null});
        // 2026, written around 03/12/2026 (shell.SampleMovements.WRITTEN_FOR): done through the year, two overdue by
        // days (one unit's report, every unit's scoring), three due within the week (one on a Saturday, shown with the
        // Monday after), one later
        for (String[] x : CURRENT_MILESTONES) {
            m.add(new Object[] {CURRENT, x[0], x[1], x[2], null});
        }
        return m;
    }

    /** The 2026 movement's milestones: content, due, unit (null: every participating unit). */
    static final String[][] CURRENT_MILESTONES = {
            {"Đăng ký danh hiệu thi đua năm 2026", "31/01/2026", null},
            {"Ký kết giao ước thi đua năm 2026 trong Khối các phòng, đơn vị thuộc Sở", "27/02/2026", null},
            {"Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2026", "15/05/2026", null},
            {"Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm 2026", "15/06/2026", null},
            {"Báo cáo kết quả công tác thi đua, khen thưởng 9 tháng năm 2026", "15/09/2026", null},
            {"Gửi báo cáo tổng kết phong trào thi đua năm 2026", "27/11/2026", "SNV-TTR"},
            {"Gửi báo cáo tổng kết phong trào thi đua năm 2026", "27/11/2026", "SNV-VP"},
            {"Gửi bảng tự chấm điểm thi đua của Khối các phòng, đơn vị thuộc Sở", "01/12/2026", null},
            {"Gửi hồ sơ đề nghị xét tặng danh hiệu thi đua năm 2026 về Phòng Thi đua - Khen thưởng", "05/12/2026", null},
            {"Họp Hội đồng Thi đua - Khen thưởng Sở xét danh hiệu thi đua năm 2026", "08/12/2026", "SNV-TDKT"},
            {"Tổng kết phong trào thi đua, đề nghị khen thưởng năm 2026", "10/12/2026", null},
            {"Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026", "24/12/2026", null}};

    /**
     * What the units have done ({@code phong-trao-hoan-thanh.csv}, read at first start by shell.SampleMovements):
     * movement, unit (empty: every unit), done day, the document that fulfilled it, the milestone's content. Every
     * milestone of the seeds is done (the seeds' years are over); of 2026 those before the first week of December.
     */
    static final String[][] DONE = {
            {"HY-KH90-2021", "", "30/08/2021", "Báo cáo số 168/BC-SNV ngày 30/8/2021",
                "Gửi kế hoạch thực hiện của cơ quan, đơn vị về Sở Nội vụ"},
            {"HY-KH90-2021", "HY-SKHCN", "16/09/2021", "Kế hoạch số 34/KH-SKHCN ngày 16/9/2021",
                "Gửi kế hoạch thực hiện của cơ quan, đơn vị về Sở Nội vụ"},
            {"HY-KH90-2021", "", "13/05/2022", "Công văn số 512/SNV-TĐKT ngày 13/5/2022",
                "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2022"},
            {"HY-KH90-2021", "", "12/05/2023", "Công văn số 498/SNV-TĐKT ngày 12/5/2023",
                "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2023"},
            {"HY-KH90-2021", "", "14/05/2024", "Công văn số 530/SNV-TĐKT ngày 14/5/2024",
                "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2024"},
            {"HY-KH90-2021", "", "13/05/2025", "Công văn số 517/SNV-TĐKT ngày 13/5/2025",
                "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2025"},
            {"HY-KH90-2021", "", "27/06/2025", "Báo cáo số 241/BC-SNV ngày 27/6/2025",
                "Hội nghị điển hình tiên tiến 05 năm ở cơ quan, đơn vị, địa phương"},
            {"HY-KH90-2021", "", "26/09/2025", "Tờ trình số 96/TTr-SNV ngày 26/9/2025",
                "Lựa chọn điển hình tiên tiến dự Đại hội Thi đua yêu nước tỉnh lần thứ X"},
            {"HY-KH34-2021", "", "29/05/2023", "Công văn số 215/SKHCN-VP ngày 29/5/2023",
                "Gửi danh sách giới thiệu điển hình tiên tiến về Sở KH&CN (qua Văn phòng Sở)"},
            {"HY-KH41-2022", "", "29/05/2023", "Công văn số 215/SKHCN-VP ngày 29/5/2023",
                "Gửi danh sách giới thiệu điển hình tiên tiến về Sở KH&CN (qua Văn phòng Sở)"},
            {"TN-KH-2023", "", "31/01/2023", "Bảng tổng hợp đăng ký thi đua năm 2023 của Văn phòng Sở",
                "Đăng ký danh hiệu thi đua năm 2023"},
            {"TN-KH-2023", "", "08/12/2023", "Báo cáo số 402/BC-KHCN ngày 08/12/2023", "Tổng kết phong trào thi đua, đề nghị "
                + "khen thưởng năm 2023"},
            {"HT-KH411-2021", "HT-SKHCN", "09/04/2021", "Bản đăng ký thi đua ngày 09/4/2021",
                "Đăng ký thi đua gửi Ban Thi đua - Khen thưởng tỉnh"},
            {"HT-KH411-2021", "HT-SKHCN-VP", "14/10/2021", "Báo cáo số 215/BC-SKHCN ngày 14/10/2021",
                "Tổng kết đợt thi đua, đề nghị khen thưởng"},
            {CURRENT, "", "29/01/2026", "Báo cáo số 21/BC-SNV tổng hợp đăng ký thi đua năm 2026",
                "Đăng ký danh hiệu thi đua năm 2026"},
            {CURRENT, "", "26/02/2026", "Bản giao ước thi đua ngày 26/02/2026",
                "Ký kết giao ước thi đua năm 2026 trong Khối các phòng, đơn vị thuộc Sở"},
            {CURRENT, "", "14/05/2026", "Công văn số 506/SNV-TĐKT ngày 14/5/2026",
                "Giới thiệu điển hình tiên tiến để biểu dương nhân ngày 11/6/2026"},
            {CURRENT, "", "12/06/2026", "Báo cáo số 198/BC-SNV ngày 12/6/2026",
                "Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm 2026"},
            {CURRENT, "", "14/09/2026", "Báo cáo số 305/BC-SNV ngày 14/9/2026",
                "Báo cáo kết quả công tác thi đua, khen thưởng 9 tháng năm 2026"},
            {CURRENT, "SNV-VP", "26/11/2026", "Báo cáo số 88/BC-VP ngày 26/11/2026",
                "Gửi báo cáo tổng kết phong trào thi đua năm 2026"}};

    /** Writes {@code phong-trao-hoan-thanh.csv} from {@link #DONE}. */
    public static void writeDone(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Mã phong trào,Mã đơn vị,Ngày hoàn thành,Văn bản hoàn thành,Nội dung"));
        for (String[] d : DONE) {
            if (String.join("", d[0], d[1], d[2], d[3]).contains(",")) {
                throw new IllegalArgumentException("only the content, the last column, may hold a comma: " + d[3]);
            }
            lines.add(String.join(",", d));
        }
        Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static final String DONE_FILE = "phong-trao-hoan-thanh.csv";

    /** Writes the sample workbook: the seeds' agencies, the movements and their milestones. */
    public static void writeWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet units = sheet(wb, "Đơn vị", List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua"));
            int r = 1;
            for (String[] u : UNITS) {
                row(units, r++, u[0], u[1], u[2], u.length > 3 ? u[3] : null);
            }
            sheet(wb, "Cán bộ", List.of("Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                    "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"));
            Sheet mv = sheet(wb, MovementSheets.MOVEMENTS, MovementSheets.MOVEMENT_HEADERS);
            r = 1;
            for (Object[] m : movements()) {
                row(mv, r++, m);
            }
            Sheet ms = sheet(wb, MovementSheets.MILESTONES, MovementSheets.MILESTONE_HEADERS);
            r = 1;
            for (Object[] m : milestones()) {
                row(ms, r++, m);
            }
            ExemplarySamples.write(wb);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> headers) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
            s.setColumnWidth(i, (i == 1 ? 70 : 18) * 256);
        }
        return s;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    /** The Tây Ninh bloc's covenant of 2023 with its scores: offered at first start after the movements sample. */
    public static final String COVENANT_FILE = "giao-uoc-khoi-mau.xlsx";

    /**
     * Seed 001 §IV: the Tây Ninh bloc's covenant of 2023 under the Sở's plan, five criteria worth 100 points, every unit
     * scored, the ranking confirmed on 08/01/2024 (the first leads the bloc: Cờ thi đua; the second: Bằng khen), as the
     * workbook {@value #COVENANT_FILE} (sheets Giao ước thi đua and Chấm điểm khối) the app reads at first start.
     */
    public static void writeCovenant(Path file) throws IOException {
        String[] codes = {"TN-SKHCN-VP", "TN-SKHCN-QLKH", "TN-SKHCN-TTRA", "TN-SKHCN-KHTC", "TN-SKHCN-QLCN", "TN-SKHCN-CCTC"};
        String[] names = {"Văn phòng Sở Khoa học và Công nghệ tỉnh Tây Ninh", "Phòng Quản lý khoa học",
            "Thanh tra Sở Khoa học và Công nghệ tỉnh Tây Ninh", "Phòng Kế hoạch - Tài chính",
            "Phòng Quản lý công nghệ và Thông tin", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Tây Ninh"};
        double[][] points = {{38.5, 14, 14.5, 14, 14}, {37, 14.5, 13, 14, 14}, {36, 13, 14, 13.5, 14},
            {35, 13.5, 13, 13, 13.5}, {36.5, 13, 12.5, 13, 13}, {34, 12, 13, 12.5, 13}};
        String[] criteria = {"Thực hiện nhiệm vụ chuyên môn được giao", "Cải cách hành chính, ứng dụng công nghệ thông tin",
            "Công tác thi đua, khen thưởng và phong trào thi đua", "Xây dựng tổ chức đảng, đoàn thể vững mạnh",
            "Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí"};
        int[] max = {40, 15, 15, 15, 15};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet c = sheet(wb, "Giao ước thi đua", List.of("Khối thi đua", "Năm", "Mã phong trào", "Ngày ký", "Địa điểm ký",
                    "Nội dung giao ước", "Ngày xác nhận"));
            row(c, 1, TN_BLOC, "2023", "TN-KH-2023", "10/02/2023", "Tây Ninh", "Các phòng, đơn vị thuộc Sở ký kết giao ước "
                    + "thi đua năm 2023, thi đua hoàn thành xuất sắc nhiệm vụ được giao.", "08/01/2024");
            List<String> heads = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị"));
            heads.addAll(List.of(criteria));
            Sheet sc = sheet(wb, "Chấm điểm khối", heads);
            Row m = sc.createRow(1);
            m.createCell(0).setCellValue("Điểm chuẩn");
            for (int k = 0; k < max.length; k++) {
                m.createCell(2 + k).setCellValue(max[k]);
            }
            for (int u = 0; u < codes.length; u++) {
                Row r = sc.createRow(2 + u);
                r.createCell(0).setCellValue(codes[u]);
                r.createCell(1).setCellValue(names[u]);
                for (int k = 0; k < max.length; k++) {
                    r.createCell(2 + k).setCellValue(points[u][k]);
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /**
     * The sample database: the main sample, the movements sample with what their plans carry beside the workbook
     * (issuers, signers, texts, sub-movements, rewards, participants: {@code phong-trao-chi-tiet.tsv}, read as the first
     * start reads it), the covenant. The milestones done, the dated status changes and the year's decisions the first
     * start adds on its load day are left out, so that the documents here are those of the seeds' own days.
     */
    public static AppContext sampleContext(Path samples) {
        AppContext ctx = new AppContext(Database.inMemory());
        ctx.workbook().importFile(samples.resolve("data").resolve(SampleWorkbook.SAMPLE_FILE), Progress.NONE);
        ctx.workbook().importFile(samples.resolve("data").resolve(FILE), Progress.NONE);
        SampleMovementDetails.load(ctx, samples.resolve("data").resolve(SampleMovementDetails.FILE), "mau");
        ctx.blocs().importCovenant(samples.resolve("data").resolve(COVENANT_FILE), "vanthu", false);
        return ctx;
    }

    public static void main(String[] args) throws IOException {
        Path samples = GenerateSamples.samplesDir();
        writeWorkbook(samples.resolve("data").resolve(FILE));
        writeCovenant(samples.resolve("data").resolve(COVENANT_FILE));
        writeDone(samples.resolve("data").resolve(DONE_FILE));
        Path out = samples.resolve("forms").resolve("movement");
        Files.createDirectories(out);
        try (AppContext ctx = sampleContext(samples)) {
            for (Map.Entry<String, String> e : SEED_PLANS.entrySet()) {
                ctx.movementDocuments().writePlan(e.getKey(), out.resolve(e.getValue()));
            }
            // seed 002's kind: the Sở KH&CN's reminder after the 20/5/2023 deadline, and the province's on its plan
            ctx.movementReports().writeReminder("HY-KH34-2021", d(2023, 5, 25), out.resolve(REMINDERS.get("HY-KH34-2021")));
            ctx.movementReports().writeReminder("HY-KH90-2021", d(2023, 6, 1), out.resolve(REMINDERS.get("HY-KH90-2021")));
            ctx.movementReports().writeReport("HY-KH90-2021", vn.tdkt.movement.domain.MovementReport.Kind.SO_KET, d(2023, 6, 30),
                    out.resolve(REPORTS.get("HY-KH90-2021")));
            ctx.movementReports().writeReport("TN-KH-2023", vn.tdkt.movement.domain.MovementReport.Kind.TONG_KET,
                    d(2023, 12, 15), out.resolve(REPORTS.get("TN-KH-2023")));
            long covenant = ctx.blocs().covenant(ctx.org().blocs().stream().filter(b -> b.name().equals(TN_BLOC)).findFirst()
                    .orElseThrow().id(), 2023).orElseThrow().id();
            ctx.blocDocuments().writeTemplate(covenant, out.resolve(BLOC_TEMPLATE));
            ctx.blocDocuments().writeProposal(covenant, d(2024, 1, 15), out.resolve(BLOC_PROPOSAL));
        }
    }

    /** The unit row of a code (tests). */
    static Unit unit(AppContext ctx, String code) {
        return ctx.org().units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
