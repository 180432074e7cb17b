package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;

/**
 * The running year's registrations of the sample department ({@value #FILE}, tab-separated: Mã đơn vị, Mục, then the
 * values), as the clerk recorded them from the units' Bản đăng ký of January 2026 (decision 155): {@code collective}
 * (the unit's state title, its union title), {@code person} (Mã cán bộ, state title, union title, note) and the dated
 * {@code status} moves (Trạng thái, Ngày, Lý do: sent, approved, one returned and sent again). Each unit's registration,
 * collective and persons together, is one save — one transaction, as the registration page saves it — then its status
 * moves; a unit whose first move (its sending) is after the load day is left out, and a unit stops at its first move
 * after the load day, so that a sample loaded in January shows the round half done.
 */
final class SampleRegistrations2026 {

    static final String FILE = "dang-ky-2026.tsv";
    static final int YEAR = 2026;

    private SampleRegistrations2026() {
    }

    /** One unit's lines of the file. */
    private record UnitLines(String collective, String unionCollective, List<String[]> persons, List<String[]> moves) {
    }

    /** Loads the file beside the registrations folder; returns the units whose registration was recorded. */
    static int load(AppContext ctx, Path file, LocalDate today, String user) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Map<String, UnitLines> byUnit = read(file);
        Map<String, Long> units = new HashMap<>();
        ctx.registrations().units().forEach(u -> units.put(u.code(), u.id()));
        Map<String, Long> people = new HashMap<>();
        ctx.registrations().membersOfYear(YEAR).forEach(m -> people.put(m.code(), m.personId()));
        int recorded = 0;
        for (Map.Entry<String, UnitLines> e : byUnit.entrySet()) {
            UnitLines l = e.getValue();
            long unit = id(units, e.getKey());
            if (l.moves().isEmpty() || day(l.moves().get(0)[1]).isAfter(today)) {
                continue;
            }
            List<PersonEntry> entries = new ArrayList<>();
            for (String[] p : l.persons()) {
                entries.add(new PersonEntry(id(people, p[0]), blank(p[1]), blank(p[2]), blank(p[3])));
            }
            ctx.registrations().save(new Registration(0, unit, YEAR, l.collective(), l.unionCollective(),
                    RegistrationStatus.CHUA_GUI, null, null, null, entries), null, user);
            for (String[] m : l.moves()) {
                LocalDate on = day(m[1]);
                if (on.isAfter(today)) {
                    break;
                }
                RegistrationStatus to = java.util.Arrays.stream(RegistrationStatus.values())
                        .filter(s -> s.label().equals(m[0])).findFirst()
                        .orElseThrow(() -> new IllegalStateException(FILE + ": " + m[0]));
                ctx.registrations().changeStatus(unit, YEAR, to, blank(m[2]), on, user);
            }
            recorded++;
        }
        return recorded;
    }

    private static Map<String, UnitLines> read(Path file) {
        Map<String, UnitLines> out = new LinkedHashMap<>();
        try {
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] c = java.util.Arrays.copyOf(row.split("\t", -1), 6);
                for (int i = 0; i < c.length; i++) {
                    c[i] = c[i] == null ? "" : c[i].strip();
                }
                if (c[0].isEmpty()) {
                    continue;
                }
                UnitLines u = out.computeIfAbsent(c[0], k -> new UnitLines(null, null, new ArrayList<>(), new ArrayList<>()));
                switch (c[1]) {
                    case "collective" -> out.put(c[0], new UnitLines(blank(c[2]), blank(c[3]), u.persons(), u.moves()));
                    case "person" -> u.persons().add(new String[] {c[2], c[3], c[4], c[5]});
                    case "status" -> u.moves().add(new String[] {c[2], c[3], c[4]});
                    default -> throw new IllegalStateException(FILE + ": " + c[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static LocalDate day(String text) {
        return VnFormat.parseDate(text).orElseThrow(() -> new IllegalStateException(FILE + ": " + text));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static long id(Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException(FILE + ": " + code);
        }
        return id;
    }
}
