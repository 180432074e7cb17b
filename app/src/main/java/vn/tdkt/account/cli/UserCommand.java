package vn.tdkt.account.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tdkt.AppContext;
import vn.tdkt.account.domain.Account;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.VnFormat;

/**
 * {@code tdkt user add|list|disable|reset-password}: the administrator's accounts on the command line. New passwords
 * come from {@code TDKT_NEW_PASSWORD} or are asked twice on the console; once accounts exist the command itself signs
 * in with {@code TDKT_USER} / {@code TDKT_PASSWORD} (or asks) and needs the role quản trị.
 */
@Command(name = "user", sortOptions = false, usageHelpAutoWidth = true)
public final class UserCommand extends CommandGroup {

    /** The command with its four subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale) {
        return new UserCommand().with(new Add(context, locale), new ListCmd(context, locale), new Disable(context, locale),
                new ResetPassword(context, locale));
    }

    @Command(name = "add", sortOptions = false, usageHelpAutoWidth = true)
    static final class Add extends FeatureCommand<AppContext> {
        @Option(names = "--login", required = true)
        String login;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--role", required = true)
        String role;

        Add(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            ProblemCollector problems = new ProblemCollector();
            Role r = OptionValues.choice(Role.class, role, null, Msg.of("account.cli.badRole", role, roles()), problems);
            problems.throwIfAny();
            AppContext ctx = context.get();
            char[][] pw = Secrets.newPassword(locale);
            Account a = ctx.accounts().add(login, name, r, pw[0], pw[1]);
            return done(Msg.of("account.cli.added", a.login(), a.fullName(), a.role()));
        }
    }

    /** Every role as its code and label, for messages. */
    static String roles() {
        StringBuilder s = new StringBuilder();
        for (Role r : Role.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(r.code()).append(" (").append(r.label()).append(')');
        }
        return s.toString();
    }

    @Command(name = "list", sortOptions = false, usageHelpAutoWidth = true)
    static final class ListCmd extends FeatureCommand<AppContext> {
        ListCmd(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            LocalDateTime now = LocalDateTime.now();
            PrintWriter out = out();
            out.println(Texts.format(locale, "account.cli.listHeader"));
            for (Account a : context.get().accounts().accounts()) {
                String state = a.disabled() ? Texts.format(locale, "account.state.disabled")
                        : a.lockedAt(now) ? Texts.format(locale, "account.state.locked", a.lockedUntil().toLocalTime().withNano(0))
                        : Texts.format(locale, "account.state.active");
                String last = a.lastLoginAt() == null ? "" : VnFormat.date(a.lastLoginAt().toLocalDate()) + " "
                        + a.lastLoginAt().toLocalTime().withNano(0);
                out.println(String.join("\t", a.login(), a.fullName(), a.role().text(locale), state, last));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", sortOptions = false, usageHelpAutoWidth = true)
    static final class Disable extends FeatureCommand<AppContext> {
        @Parameters
        String login;

        Disable(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            context.get().accounts().disable(login);
            return done(Msg.of("account.cli.disabled", login));
        }
    }

    @Command(name = "reset-password", sortOptions = false, usageHelpAutoWidth = true)
    static final class ResetPassword extends FeatureCommand<AppContext> {
        @Parameters
        String login;

        ResetPassword(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            AppContext ctx = context.get();
            char[][] pw = Secrets.newPassword(locale);
            ctx.accounts().resetPassword(login, pw[0], pw[1]);
            return done(Msg.of("account.cli.passwordReset", login));
        }
    }
}
