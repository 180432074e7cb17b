package vn.tdkt.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.connection.data.ConnectionStore;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.service.ConnectionService;
import vn.tdkt.connection.ui.ConnectionModel;

/** Kết nối dữ liệu without the toolkit: every problem at once, the test's words, the choice remembered without password. */
class ConnectionModelTest {

    private final Preferences node = Preferences.userRoot().node("vn/tdkt/test-connection-" + UUID.randomUUID());
    private final ConnectionService service = new ConnectionService(new ConnectionStore(node), Map.of("X", "y")::get);
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
    private final ConnectionModel model = new ConnectionModel(service, tasks, Messages.of("vi"));

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theEmbeddedStoreIsTheDefaultAndNeedsNoTest() {
        model.load();
        assertFalse(model.serverProperty().get());
        assertEquals("5432", model.portProperty().get());
        assertEquals("tdkt", model.databaseProperty().get());
        model.test();
        assertEquals("Dữ liệu trên máy này không cần kiểm tra kết nối.", model.messageProperty().get());
        assertFalse(model.failedProperty().get());
    }

    @Test
    void everyProblemOfTheFieldsIsShownAtOnce() {
        model.load();
        model.serverProperty().set(true);
        model.hostProperty().set("máy chủ");
        model.portProperty().set("99999");
        model.databaseProperty().set("");
        model.userProperty().set(" ");
        model.save();
        assertTrue(model.failedProperty().get());
        assertEquals(String.join("\n",
                "Máy chủ: Máy chủ \"máy chủ\" chỉ được gồm chữ không dấu, chữ số và . - : (tên máy hoặc địa chỉ IP).",
                "Cổng: Cổng \"99999\" phải là số từ 1 đến 65535.",
                "Cơ sở dữ liệu: Chưa nhập tên cơ sở dữ liệu.",
                "Người dùng: Chưa nhập người dùng."), model.messageProperty().get());
        assertFalse(service.remembered().server(), "nothing remembered");
    }

    @Test
    void anUnreachableServerIsSaidInWordsAndTheChoiceIsRememberedWithoutThePassword() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        model.load();
        model.serverProperty().set(true);
        model.hostProperty().set("127.0.0.1");
        model.portProperty().set(String.valueOf(port));
        model.databaseProperty().set("tdkt");
        model.userProperty().set("tdkt_app");
        model.passwordProperty().set("bi-mat-123");
        model.test();
        assertTrue(model.failedProperty().get());
        assertEquals("Không kết nối được máy chủ cơ sở dữ liệu 127.0.0.1:" + port + "/tdkt. Hãy kiểm tra mạng, địa chỉ và cổng"
                + " của máy chủ, hoặc hỏi người quản trị máy chủ.", model.messageProperty().get());
        assertEquals(java.util.List.of("Đang kiểm tra kết nối tới 127.0.0.1:" + port + "/tdkt…"), tasks.messages());
        model.save();
        assertFalse(model.failedProperty().get());
        assertEquals(new ConnectionChoice(true, "127.0.0.1", port, "tdkt", "tdkt_app"), service.remembered());
        for (String key : node.keys()) {
            assertFalse(node.get(key, "").contains("bi-mat-123"), key);
        }
        assertFalse(Arrays.asList(node.keys()).contains("password"));
        ConnectionModel again = new ConnectionModel(service, tasks, Messages.of("vi"));
        again.load();
        assertTrue(again.serverProperty().get());
        assertEquals("127.0.0.1", again.hostProperty().get());
        assertEquals("", again.passwordProperty().get());
    }

    @Test
    void theStartReadsThePasswordFromTheEnvironmentOnlyWhenSet() {
        assertTrue(service.passwordFromEnvironment().isEmpty());
        ConnectionService withVariable = new ConnectionService(new ConnectionStore(node),
                Map.of("TDKT_DB_PASSWORD", "tu-bien")::get);
        assertArrayEquals("tu-bien".toCharArray(), withVariable.passwordFromEnvironment().orElseThrow());
        assertEquals("jdbc:postgresql://db.so-noi-vu.local:5433/tdkt",
                new ConnectionChoice(true, "db.so-noi-vu.local", 5433, "tdkt", "u").url());
    }
}
