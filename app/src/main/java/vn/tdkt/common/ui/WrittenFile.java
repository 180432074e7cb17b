package vn.tdkt.common.ui;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The last file a view model wrote: the view offers "Mở tệp" / "Mở thư mục" / "In" for it ({@link #offerTo}),
 * also when the same file is written again.
 */
public final class WrittenFile extends SimpleObjectProperty<Path> {

    /** Says the file was written (again). */
    public void announce(Path file) {
        set(null);
        set(file);
    }

    /** The dialogs say each file announced was written, with "Mở tệp" / "Mở thư mục" / "In" ({@link DialogService#written}). */
    public void offerTo(DialogService dialogs) {
        addListener((o, before, now) -> {
            if (now != null) {
                dialogs.written(now);
            }
        });
    }
}
