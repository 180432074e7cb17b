package vn.tdkt.meeting.domain;

/**
 * One document of a meeting pack, as the Mục lục lists it.
 *
 * @param fileName the file's name inside the pack folder
 * @param title    what it is, e.g. "Tờ trình đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở”"
 * @param bytes    its size on disk
 */
public record PackFile(String fileName, String title, long bytes) {
}
