package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java's printing on Linux spools through lpr: without it the clerk is told before a page is lost (record 0134). */
class ListPrintSpoolTest {

    @TempDir
    Path tmp;

    @Test
    void onLinuxALprCommandIsNeededElsewhereTheSystemSpools() throws IOException {
        Path lpr = tmp.resolve("lpr");
        assertFalse(ListPrint.spools("Linux", lpr), "no lpr: nothing would reach the printer");
        Files.writeString(lpr, "#!/bin/sh\n");
        Files.setPosixFilePermissions(lpr, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(ListPrint.spools("Linux", lpr));
        assertTrue(ListPrint.spools("Windows 11", tmp.resolve("none")), "Windows prints through its own spooler");
        assertTrue(ListPrint.spools("Mac OS X", tmp.resolve("none")));
    }
}
