package vn.tdkt.audit.ui;

import java.util.List;
import java.util.Map;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.domain.Change;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;

/**
 * A line of a Lịch sử thay đổi: when (dd/MM/yyyy HH:mm:ss), who (the account, or the computer's user without login),
 * from which screen or command, and what changed in words: the operation and the record's kind, then each column
 * {@code before → after}.
 */
public record ChangeRow(String when, String who, String where, String what) {

    /** The tables a person's or a dossier's history names, in words. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("person", "audit.table.person"),
            Map.entry("assignment", "audit.table.assignment"),
            Map.entry("rating", "audit.table.rating"),
            Map.entry("award", "audit.table.award"),
            Map.entry("initiative", "audit.table.initiative"),
            Map.entry("discipline", "audit.table.discipline"),
            Map.entry("person_hold", "audit.table.person_hold"),
            Map.entry("dossier", "audit.table.dossier"),
            Map.entry("dossier_subject", "audit.table.dossier_subject"),
            Map.entry("dossier_component", "audit.table.dossier_component"),
            Map.entry("dossier_attachment", "audit.table.dossier_attachment"),
            Map.entry("dossier_log", "audit.table.dossier_log"));

    /** The window's pages (Session.source "window:PAGE"), by the sidebar's own words. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("home", "home.nav"), Map.entry("movements", "movement.nav"),
            Map.entry("registrations", "registration.nav"), Map.entry("exemplary", "exemplary.nav"),
            Map.entry("delegates", "exemplary.delegates.nav"), Map.entry("people", "nav.people"),
            Map.entry("units", "nav.units"), Map.entry("blocs", "nav.blocs"), Map.entry("bloc_scoring", "bloc.nav"),
            Map.entry("review", "nav.review"), Map.entry("dossiers", "dossier.nav"), Map.entry("council", "council.nav"),
            Map.entry("decisions", "decision.nav"), Map.entry("certificates", "certificate.nav"),
            Map.entry("review_settings", "nav.reviewSettings"), Map.entry("import", "nav.import"),
            Map.entry("export", "nav.export"), Map.entry("backup", "nav.backup"),
            Map.entry("accounts", "account.window.title"), Map.entry("connection", "connection.title"));

    static ChangeRow of(AuditEntry e, Messages m) {
        String when = VnFormat.date(e.writtenAt().toLocalDate()) + " "
                + String.format("%02d:%02d:%02d", e.writtenAt().getHour(), e.writtenAt().getMinute(), e.writtenAt().getSecond());
        String who = e.actor().startsWith("os:") ? m.format("audit.history.osUser", e.actor().substring(3)) : e.actor();
        String kind = TABLES.containsKey(e.table()) ? m.get(TABLES.get(e.table())) : e.table();
        String changes = describe(e, m);
        String what = m.get(Change.operationKey(e.operation())) + " " + kind + (changes.isEmpty() ? "" : ": " + changes);
        return new ChangeRow(when, who, where(e.source(), m), what);
    }

    /** The columns people read, in words. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("code", "audit.column.code"), Map.entry("full_name", "audit.column.full_name"),
            Map.entry("gender", "audit.column.gender"), Map.entry("birth_date", "audit.column.birth_date"),
            Map.entry("personal_id", "audit.column.personal_id"), Map.entry("position", "audit.column.position"),
            Map.entry("unit_id", "audit.column.unit_id"), Map.entry("start_date", "audit.column.start_date"),
            Map.entry("end_date", "audit.column.end_date"), Map.entry("year", "audit.column.year"),
            Map.entry("status", "audit.column.status"), Map.entry("note", "audit.column.note"));
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");

    /**
     * Each changed column {@code before → after} (the value added or removed for a row added or removed), the
     * columns in words where the bundle has them, dates as dd/MM/yyyy; the row's own number and the person's or
     * dossier's number (the page it is shown on) are left out.
     */
    static String describe(AuditEntry e, Messages m) {
        StringBuilder s = new StringBuilder();
        for (Change c : Change.of(e)) {
            if (List.of("id", "person_id", "dossier_id").contains(c.column())) {
                continue;
            }
            s.append(s.length() > 0 ? "; " : "").append(COLUMNS.containsKey(c.column()) ? m.get(COLUMNS.get(c.column())) : c.column())
                    .append(": ");
            switch (e.operation()) {
                case "I" -> s.append(show(c.after()));
                case "D" -> s.append(show(c.before()));
                default -> s.append(show(c.before())).append(" → ").append(show(c.after()));
            }
        }
        return s.toString();
    }

    private static String show(String v) {
        return v == null ? "∅" : ISO_DATE.matcher(v).replaceAll("$3/$2/$1");
    }

    /** "Cửa sổ Cán bộ", "Lệnh import", or the source as written. */
    static String where(String source, Messages m) {
        if (source == null) {
            return "";
        }
        if (source.startsWith("window:")) {
            String key = PAGES.get(source.substring("window:".length()));
            return m.format("audit.history.window", key == null ? source.substring("window:".length()) : m.get(key));
        }
        if (source.startsWith("cli:")) {
            return m.format("audit.history.command", source.substring("cli:".length()));
        }
        return "app".equals(source) ? m.get("audit.history.app") : source;
    }
}
