package vn.tdkt.dossier.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.AttachmentRules;
import vn.tdkt.dossier.domain.AttachmentType;
import vn.tdkt.dossier.domain.RefusedFileException;

/**
 * The dossier files under DATA/attachments/&lt;dossier id&gt;/&lt;sha256&gt;.&lt;ext&gt;: a file is copied to a temporary
 * file in the same folder while its hash is computed, forced to disk, then moved into place atomically, so a
 * crash never leaves a half-written file under a final name. Identical content is stored once per dossier.
 * Other features keep their files the same way under a folder of their own ({@link #under}: the exemplary models'
 * evidence under DATA/exemplary/&lt;model id&gt;/).
 */
public final class AttachmentStore {

    private static final Logger LOGGER = LoggerFactory.getLogger(AttachmentStore.class);
    static final String FOLDER = "attachments";

    /** A file in place: created is false when identical content was already stored for the dossier. */
    public record Stored(String storedName, long size, String sha256, AttachmentType type, boolean created) {
    }

    private final Path root;

    AttachmentStore(Path dataDir) {
        this(dataDir, FOLDER);
    }

    private AttachmentStore(Path dataDir, String folder) {
        this.root = dataDir == null ? null : dataDir.resolve(folder);
    }

    /** A store of the same kind for another feature's files: DATA/&lt;folder&gt;/&lt;owner id&gt;/. */
    public static AttachmentStore under(Path dataDir, String folder) {
        return new AttachmentStore(dataDir, folder);
    }

    Path path(Attachment a) {
        return path(a.dossierId(), a.storedName());
    }

    /** Where a stored file of an owner (a dossier, a model) is. */
    public Path path(long ownerId, String storedName) {
        return folder(ownerId).resolve(storedName);
    }

    /** Copies an accepted file into the dossier's folder; refuses a wrong type, an empty or too big file. */
    public Stored put(long dossierId, Path source) {
        Path dir = folder(dossierId);
        String name = source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new AppException(Msg.of("dossier.fileProblem.notFound", source.toString()));
        }
        Path tmp = null;
        try {
            AttachmentType type = AttachmentRules.typeOrRefuse(name, Files.size(source));
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".dang-chep-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copy(source, tmp, name, type, sha);
            String hash = HexFormat.of().formatHex(sha.digest());
            String storedName = hash + "." + type.ext();
            Path target = dir.resolve(storedName);
            if (Files.exists(target)) {
                return new Stored(storedName, size, hash, type, false);
            }
            moveIntoPlace(tmp, target);
            LOGGER.info("Stored {} ({} bytes) as {}", name, size, target);
            return new Stored(storedName, size, hash, type, true);
        } catch (IOException e) {
            LOGGER.error("Could not store {} in {}", source, dir, e);
            throw new AppException(Msg.of("dossier.fileProblem.copyFailed", name), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static long copy(Path source, Path tmp, String name, AttachmentType type, MessageDigest sha)
            throws IOException {
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] head = in.readNBytes(AttachmentType.HEAD_BYTES);
            AttachmentRules.checkContent(name, type, head);
            sha.update(head);
            out.write(head);
            long size = head.length;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                // the file may grow while it is copied: the limit holds for what is actually read
                Msg tooBig = AttachmentRules.tooBig(name, size).orElse(null);
                if (tooBig != null) {
                    throw new RefusedFileException(tooBig);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            channel.force(true);
            return size;
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a stored copy (after the row that used it is gone) and the dossier's folder once empty. */
    public void delete(long dossierId, String storedName) {
        Path dir = folder(dossierId);
        deleteQuietly(dir.resolve(storedName));
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            LOGGER.trace("{} still holds files", dir);
        } catch (IOException e) {
            LOGGER.warn("Could not remove the empty folder {}", dir, e);
        }
    }

    /** Removes the whole folder of a deleted dossier. */
    public void deleteAll(long dossierId) {
        if (root == null) {
            return;
        }
        Path dir = root.resolve(Long.toString(dossierId));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(AttachmentStore::deleteQuietly);
        } catch (IOException e) {
            LOGGER.warn("Could not list {}", dir, e);
        }
        deleteQuietly(dir);
    }

    private Path folder(long dossierId) {
        if (root == null) {
            throw new AppException(Msg.of("dossier.fileProblem.inMemory"));
        }
        return root.resolve(Long.toString(dossierId));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOGGER.warn("Could not delete {}", p, e);
        }
    }
}
