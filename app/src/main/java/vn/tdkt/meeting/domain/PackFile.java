package vn.tdkt.meeting.domain;

/**
 * One document of a meeting pack, as the Mục lục lists it.
 *
 * @param fileName the file's name inside the pack folder
 * @param title    what it is (the Mục lục's trích yếu), e.g. "Tờ trình đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở”"
 * @param bytes    its size on disk
 * @param number   its số, ký hiệu as the Mục lục prints it ("…/TTr-HĐTĐKT"), empty for a document without one
 * @param pages    its pages, laid out as {@code PageEstimate} does (decision 0051); 0 when not counted
 */
public record PackFile(String fileName, String title, long bytes, String number, int pages) {

    public PackFile(String fileName, String title, long bytes) {
        this(fileName, title, bytes, "", 0);
    }
}
