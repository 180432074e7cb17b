package vn.tdkt.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.WindowStart;
import vn.tdkt.common.domain.AppException;

class ServerSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://192.168.1.10:5432/tdkt|true",
        "jdbc:postgresql://db.so-noi-vu.local/tdkt?sslmode=require|true",
        "jdbc:postgresql://localhost:5432/|false",
        "jdbc:postgresql://localhost:5432/a/b|false",
        "jdbc:h2:file:/tmp/tdkt|false",
        "postgresql://localhost/tdkt|false"})
    void onlyAPostgresqlAddressWithHostAndDatabaseIsAServer(String url, boolean server) {
        assertEquals(server, ServerSettings.isServerUrl(url));
    }

    @Test
    void credentialsComeFromTheEnvironmentAndThePasswordIsNeverShown() {
        ServerSettings s = ServerSettings.fromEnvironment("jdbc:postgresql://10.0.0.5/tdkt",
                Map.of("TDKT_DB_USER", "vanthu", "TDKT_DB_PASSWORD", "bí-mật"));
        assertEquals("vanthu", s.user());
        assertEquals("10.0.0.5:5432/tdkt", s.display());
        assertEquals("tdkt", s.databaseName());
        assertFalse(s.toString().contains("bí-mật"), s.toString());
        AppException noUser = assertThrows(AppException.class,
                () -> ServerSettings.fromEnvironment("jdbc:postgresql://10.0.0.5/tdkt", Map.of()));
        assertEquals("db.server.noUser", noUser.text().key());
        assertTrue(noUser.text().vi().contains("TDKT_DB_USER"));
    }

    @Test
    void theWindowStartsOnAServerWithDb() {
        Optional<WindowStart> start = WindowStart.of("--db", "jdbc:postgresql://10.0.0.5:5432/tdkt", "--lang", "en");
        assertTrue(start.isPresent());
        assertEquals("jdbc:postgresql://10.0.0.5:5432/tdkt", start.get().db());
        java.util.Properties p = new java.util.Properties();
        start.get().applyTo(p);
        assertEquals("jdbc:postgresql://10.0.0.5:5432/tdkt", p.getProperty("tdkt.db"));
        assertTrue(WindowStart.of("--db", "jdbc:mysql://x/y").isEmpty(), "not a server address: the command line explains");
    }
}
