package vn.tdkt.common.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a clerk typed into a form, field by field, and keeps EVERY problem found (decision "every problem at
 * once"): a required field left empty, a date that is not on the calendar (31/02/1990), text that is no date, a
 * year that is not four digits. The form's rules (shared with the import) are added after with {@link #rules}; a
 * field that could not be read gets no second message from them. Pure Java: form models use it without the toolkit.
 */
public final class FormInput {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\s*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final List<Problem> problems = new ArrayList<>();
    private final Set<Field> unreadable = new HashSet<>();

    /** The text, trimmed; null when blank (then a problem if required). */
    public String text(Field field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            missing(field, required);
            return null;
        }
        return raw.strip();
    }

    /** A chosen value (a combo, a choice box); a problem when required and none was chosen. */
    public <T> T choice(Field field, T value, boolean required) {
        if (value == null) {
            missing(field, required);
        }
        return value;
    }

    /** A dd/MM/yyyy date as typed; null when blank or unreadable (with the problem in plain words). */
    public LocalDate date(Field field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            missing(field, required);
            return null;
        }
        return VnFormat.parseDate(raw).orElseGet(() -> {
            unreadable(field, dateProblem(raw.strip()));
            return null;
        });
    }

    /** A four-digit year; null when blank or not a year. */
    public Integer year(Field field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            missing(field, required);
            return null;
        }
        String t = raw.strip();
        if (!YEAR.matcher(t).matches()) {
            unreadable(field, Msg.of("window.form.notYear", t));
            return null;
        }
        return Integer.valueOf(t);
    }

    /** Adds the problems of the form's rules, except on fields already reported as empty or unreadable. */
    public FormInput rules(List<Problem> ruleProblems) {
        for (Problem p : ruleProblems) {
            if (p.field() == null || !unreadable.contains(p.field())) {
                problems.add(p);
            }
        }
        return this;
    }

    /** True when a field could not be read (the form model then builds no draft from it). */
    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * What is wrong with text that is no date: a day the month does not have ("tháng 2 năm 1990 chỉ có 28 ngày"),
     * a month above 12, or a shape that is not dd/mm/yyyy.
     */
    public static Msg dateProblem(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return Msg.of("window.form.noSuchMonth", text, String.valueOf(month));
            }
            int days = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > days) {
                return Msg.of("window.form.noSuchDay", text, String.valueOf(month), String.valueOf(year), String.valueOf(days));
            }
        }
        return Msg.of("window.form.notDate", text);
    }

    private void missing(Field field, boolean required) {
        if (required) {
            unreadable(field, Msg.of("window.form.missing"));
        }
    }

    private void unreadable(Field field, Msg text) {
        unreadable.add(field);
        problems.add(Problem.of(field, text));
    }
}
