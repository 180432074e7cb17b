package vn.tdkt.meeting.domain;

import java.util.List;

/**
 * One sheet of a list the unit sends up with its Tờ trình (Danh sách đề nghị khen thưởng, danh sách trích ngang):
 * its name, the heading lines under "DANH SÁCH", the columns with their widths (characters) and alignment
 * ('C' centred, 'L' left), the rows.
 *
 * @param heading e.g. "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025", "I. Cá nhân"
 */
public record ListSheet(String name, List<String> heading, List<String> columns, double[] widths, String align,
                        List<List<String>> rows) {

    public ListSheet {
        heading = List.copyOf(heading);
        columns = List.copyOf(columns);
        widths = widths.clone();
        rows = rows.stream().map(List::copyOf).toList();
        if (widths.length != columns.size() || align.length() != columns.size()) {
            throw new IllegalArgumentException("one width and one alignment per column");
        }
    }

    @Override
    public double[] widths() {
        return widths.clone();
    }
}
