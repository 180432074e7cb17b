package vn.tdkt.dossier.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a dossier accepts, recognised by extension and checked against their first bytes. */
public enum AttachmentType {
    PDF("pdf", "application/pdf", List.of("pdf"), bytes(0x25, 0x50, 0x44, 0x46)),
    JPG("jpg", "image/jpeg", List.of("jpg", "jpeg"), bytes(0xFF, 0xD8, 0xFF)),
    PNG("png", "image/png", List.of("png"), bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            bytes(0x50, 0x4B, 0x03, 0x04)),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            bytes(0x50, 0x4B, 0x03, 0x04)),
    DOC("doc", "application/msword", List.of("doc"), bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
    XLS("xls", "application/vnd.ms-excel", List.of("xls"), bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
    ZIP("zip", "application/zip", List.of("zip"), bytes(0x50, 0x4B, 0x03, 0x04), bytes(0x50, 0x4B, 0x05, 0x06));

    /** Bytes to read from the start of a file to recognise its type. */
    public static final int HEAD_BYTES = 8;

    private final String ext;
    private final String contentType;
    private final List<String> extensions;
    private final List<byte[]> signatures;

    AttachmentType(String ext, String contentType, List<String> extensions, byte[]... signatures) {
        this.ext = ext;
        this.contentType = contentType;
        this.extensions = extensions;
        this.signatures = List.of(signatures);
    }

    /** Extension of the stored copy. */
    public String ext() {
        return ext;
    }

    public String contentType() {
        return contentType;
    }

    /** The type named by the file's extension (case ignored), empty when the extension is not accepted. */
    public static Optional<AttachmentType> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String e = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AttachmentType t : values()) {
            if (t.extensions.contains(e)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether the first bytes of a file match this type's signature. */
    public boolean matches(byte[] head) {
        for (byte[] sig : signatures) {
            if (head.length >= sig.length && startsWith(head, sig)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, byte[] sig) {
        for (int i = 0; i < sig.length; i++) {
            if (head[i] != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
