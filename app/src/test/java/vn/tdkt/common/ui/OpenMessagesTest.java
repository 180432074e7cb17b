package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The same error text is shown once while its dialog is open, again after it is closed; another text at once. */
class OpenMessagesTest {

    @Test
    void theSameTextIsShownOnceWhileItsDialogIsOpen() {
        OpenMessages open = new OpenMessages();
        String lost = "Mất kết nối với máy chủ cơ sở dữ liệu localhost:5432/tdkt.";
        assertTrue(open.open(lost));
        assertFalse(open.open(lost), "a second failing read while the first dialog is open");
        assertTrue(open.open("Tên đăng nhập hoặc mật khẩu không đúng."), "another text is shown");
        open.closed(lost);
        assertTrue(open.open(lost), "the next failure after closing is shown");
    }
}
