package vn.tdkt.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.connection.data.ConnectionStore;
import vn.tdkt.connection.service.ConnectionService;
import vn.tdkt.connection.ui.ConnectionModel;

/**
 * Kiểm tra kết nối against a real (embedded) PostgreSQL server, whatever store the rest of the run uses: a good
 * address names the server's version; a missing database and a user the server refuses are said in words.
 */
class ConnectionServerTest {

    private final Preferences node = Preferences.userRoot().node("vn/tdkt/test-connection-" + UUID.randomUUID());
    private final ConnectionModel model = new ConnectionModel(new ConnectionService(new ConnectionStore(node),
            Map.<String, String>of()::get), new DirectTaskExecutor(), Messages.of("vi"));

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private String fill(String database, String user) {
        URI admin = URI.create(PostgresTestServer.adminUrl().substring("jdbc:".length()));
        model.load();
        model.serverProperty().set(true);
        model.hostProperty().set(admin.getHost());
        model.portProperty().set(String.valueOf(admin.getPort()));
        model.databaseProperty().set(database);
        model.userProperty().set(user);
        model.passwordProperty().set("");
        return admin.getHost() + ":" + admin.getPort() + "/" + database;
    }

    @Test
    void aGoodAddressNamesTheServer() {
        String where = fill("postgres", "postgres");
        model.test();
        assertFalse(model.failedProperty().get(), model.messageProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Kết nối được tới " + where + ". Máy chủ: PostgreSQL "),
                model.messageProperty().get());
    }

    @Test
    void aMissingDatabaseAndARefusedUserAreSaidInWords() {
        String where = fill("khong_co_csdl", "postgres");
        model.test();
        assertTrue(model.failedProperty().get());
        assertEquals("Trên máy chủ " + where + " chưa có cơ sở dữ liệu \"khong_co_csdl\". Hãy nhờ người quản trị máy chủ tạo"
                + " cơ sở dữ liệu này (để trống).", model.messageProperty().get());
        where = fill("postgres", "khong_co_ai");
        model.test();
        assertTrue(model.failedProperty().get());
        assertEquals("Máy chủ cơ sở dữ liệu " + where + " không chấp nhận tên đăng nhập \"khong_co_ai\" hoặc mật khẩu. Hãy nhập lại"
                + " cho đúng.", model.messageProperty().get());
    }
}
