package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Msg;
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
        AttachmentType type = AttachmentType.byName(fileName).orElseThrow(() -> new RefusedFileException(
                Msg.of("dossier.fileProblem.type", fileName, acceptedList())));
        tooBig(fileName, size).ifPresent(msg -> {
            throw new RefusedFileException(msg);
        });
        if (size == 0) {
            throw new RefusedFileException(Msg.of("dossier.fileProblem.empty", fileName));
        }
        return type;
    }

    /** The refusal of a file over the limit, reading the size as it is known (before or while copying). */
    public static Optional<Msg> tooBig(String fileName, long size) {
        if (size <= MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(Msg.of("dossier.fileProblem.tooBig", fileName, megabytes(size),
                String.valueOf(MAX_BYTES / (1024 * 1024))));
    }

    /** Refuses content that does not match the extension (a renamed file, a damaged scan). */
    public static void checkContent(String fileName, AttachmentType type, byte[] head) {
        if (!type.matches(head)) {
            throw new RefusedFileException(Msg.of("dossier.fileProblem.content", fileName, type.ext()));
        }
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)).replace('.', ',');
    }
}
