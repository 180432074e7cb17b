package vn.tdkt.common.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** Exclusive lock on a data folder: one window or command at a time, across processes. */
public final class FolderLock implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(FolderLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or explains in Vietnamese why it cannot. */
    public static FolderLock acquire(Path dataDir) {
        FileChannel ch = null;
        FileLock lock = null;
        try {
            Files.createDirectories(dataDir);
            ch = FileChannel.open(dataDir.resolve(Database.DB_NAME + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(ch);
            LoggerFactory.getLogger(FolderLock.class).error("Cannot open the data folder {}", dataDir, e);
            throw new AppException(Msg.of("common.dataDirUnusable", dataDir.toString()), e);
        }
        if (lock == null) {
            closeQuietly(ch);
            throw new AppException(Msg.of("common.dataDirInUse", dataDir.toString()));
        }
        return new FolderLock(ch, lock);
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOGGER.warn("Could not release the data folder lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOGGER.warn("Could not close the lock file", e);
            }
        }
    }
}
