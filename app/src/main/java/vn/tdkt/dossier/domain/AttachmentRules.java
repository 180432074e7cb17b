package vn.tdkt.dossier.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which files a dossier accepts: at most 50 MB, of an accepted type whose content matches its extension. */
public final class AttachmentRules {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private AttachmentRules() {
    }

    /** The accepted extensions as shown to the clerk: ".pdf, .jpg, …". */
    public static String acceptedList() {
        return Arrays.stream(AttachmentType.values()).map(t -> "." + t.ext()).collect(Collectors.joining(", "));
    }

    /** The type of an acceptable file, or the Vietnamese reason it is refused. */
    public static AttachmentType typeOrRefuse(String fileName, long size) {
        AttachmentType type = AttachmentType.byName(fileName).orElseThrow(() -> new RefusedFileException("Tệp \""
                + fileName + "\" không thuộc loại được nhận; chỉ nhận " + acceptedList() + "."));
        tooBig(fileName, size).ifPresent(msg -> {
            throw new RefusedFileException(msg);
        });
        if (size == 0) {
            throw new RefusedFileException("Tệp \"" + fileName + "\" rỗng (0 byte).");
        }
        return type;
    }

    /** The refusal of a file over the limit, reading the size as it is known (before or while copying). */
    public static Optional<String> tooBig(String fileName, long size) {
        if (size <= MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of("Tệp \"" + fileName + "\" quá lớn (" + megabytes(size) + " MB); tối đa "
                + MAX_BYTES / (1024 * 1024) + " MB.");
    }

    /** Refuses content that does not match the extension (a renamed file, a damaged scan). */
    public static void checkContent(String fileName, AttachmentType type, byte[] head) {
        if (!type.matches(head)) {
            throw new RefusedFileException("Nội dung tệp \"" + fileName + "\" không phải tệp ." + type.ext()
                    + " hợp lệ (tệp hỏng hoặc đã bị đổi đuôi).");
        }
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)).replace('.', ',');
    }
}
