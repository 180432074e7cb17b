package vn.tdkt.shell;

import java.util.Optional;
import vn.tdkt.StartSequence;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.ui.ServerPasswordDialog;

/**
 * The start's questions in the window (decision 103): the remembered server's password, and after a failed open the
 * message with Thử lại / Dùng dữ liệu trên máy này / Hủy; each a dialog wrapped at about 520 px (record 0133).
 */
final class StartPrompts implements StartSequence.Prompts {

    private final Ui ui;

    StartPrompts(Ui ui) {
        this.ui = ui;
    }

    @Override
    public Optional<char[]> password(ConnectionChoice choice) {
        return ServerPasswordDialog.ask(ui, choice);
    }

    @Override
    public StartSequence.AfterFailure afterFailure(Throwable error, boolean remembered) {
        if (!remembered) {
            ui.dialogs().error(error); // a locked folder, --db refused: the message, then the app ends
            return StartSequence.AfterFailure.QUIT;
        }
        return ui.dialogs().choose(ui.text("connection.title"),
                        ui.format("connection.startFailed", ui.messages().failure(error)),
                        ui.text("connection.retry"), ui.text("connection.useEmbedded"))
                .map(i -> i == 0 ? StartSequence.AfterFailure.RETRY : StartSequence.AfterFailure.EMBEDDED)
                .orElse(StartSequence.AfterFailure.QUIT);
    }
}
