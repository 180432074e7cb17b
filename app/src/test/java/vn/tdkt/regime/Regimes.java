package vn.tdkt.regime;

import vn.tdkt.common.data.Database;
import vn.tdkt.regime.data.RegimeRepository;
import vn.tdkt.regime.domain.RegimeCatalog;

/** The regimes as the migrations ship them, loaded once from an in-memory database (for tests without one). */
public final class Regimes {

    private static RegimeCatalog catalog;

    private Regimes() {
    }

    public static synchronized RegimeCatalog catalog() {
        if (catalog == null) {
            try (Database db = Database.inMemory()) {
                catalog = new RegimeRepository().catalog(db.dsl());
            }
        }
        return catalog;
    }
}
