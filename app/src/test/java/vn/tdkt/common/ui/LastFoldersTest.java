package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #12: file dialogs remember the last folder per kind of file; a folder since removed is forgotten. */
class LastFoldersTest {

    private final Preferences node = Preferences.userRoot().node("vn/tdkt/test-folders-" + System.nanoTime());

    @TempDir
    Path dir;

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void eachKindOfFileKeepsItsOwnFolderAndAGoneFolderIsForgotten() throws Exception {
        LastFolders folders = new LastFolders(node);
        Path sheets = Files.createDirectories(dir.resolve("bang-tinh"));
        Path letters = Files.createDirectories(dir.resolve("van-ban"));
        assertEquals(Optional.empty(), folders.last("*.xlsx;*.csv"), "nothing chosen yet");
        folders.remember("*.xlsx;*.csv", sheets);
        folders.remember("*.docx", letters);
        assertEquals(Optional.of(sheets.toFile()), folders.last("*.xlsx;*.csv"));
        assertEquals(Optional.of(letters.toFile()), folders.last("*.docx"));
        assertEquals(Optional.of(sheets.toFile()), new LastFolders(node).last("*.xlsx;*.csv"), "kept across starts");
        folders.remember("*.xlsx;*.csv", letters);
        assertEquals(Optional.of(letters.toFile()), folders.last("*.xlsx;*.csv"), "the last one chosen");
        Files.delete(sheets);
        folders.remember("*.zip", sheets);
        assertEquals(Optional.<File>empty(), folders.last("*.zip"), "a folder that no longer exists is forgotten");
        String many = "*.a;".repeat(40);
        folders.remember(many, letters);
        assertTrue(folders.last(many).isPresent(), "a long list of patterns still has its folder");
    }
}
