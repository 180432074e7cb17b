package vn.tdkt.audit.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the audit trigger on every table of the store that has none yet (run at every open, so the tables later
 * migrations add are covered from their first start): the log itself and Flyway's history are left out. On H2 the
 * Java {@link AuditTrigger}, on PostgreSQL the PL/pgSQL {@code tdkt_audit_row} ({@link ServerAuditTriggers}, record 0078).
 */
public final class AuditTriggers {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuditTriggers.class);
    /** Tables without a trigger: the log, its head, Flyway's own history. */
    static final Set<String> UNAUDITED = Set.of("audit_entry", "audit_head", "flyway_schema_history");
    private static final String PREFIX = "AUDIT_";

    private AuditTriggers() {
    }

    /** Installs the missing triggers; returns the tables that got one now. */
    public static List<String> install(DSLContext dsl) {
        List<String> installed = new ArrayList<>();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.transaction(cfg -> cfg.dsl().connection(c -> installed.addAll(ServerAuditTriggers.install(c))));
        } else if (dsl.dialect().family() == SQLDialect.H2) {
            dsl.connection(c -> installed.addAll(install(c)));
        } else {
            LOGGER.warn("No audit trigger for the store {}: it is not audited", dsl.dialect());
        }
        if (!installed.isEmpty()) {
            LOGGER.info("Audit trigger installed on {} tables", installed.size());
        }
        return installed;
    }

    private static List<String> install(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME");
                if (!UNAUDITED.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        Set<String> existing = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA = 'PUBLIC'")) {
            while (r.next()) {
                existing.add(r.getString(1));
            }
        }
        List<String> installed = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                String trigger = PREFIX + t;
                if (!existing.contains(trigger)) {
                    s.execute("CREATE TRIGGER \"" + trigger + "\" AFTER INSERT, UPDATE, DELETE ON \"" + t
                            + "\" FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
                    installed.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        return installed;
    }
}
