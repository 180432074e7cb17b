package vn.tdkt.catalog.service;

import vn.tdkt.catalog.data.CatalogueRepository;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.data.Database;
import vn.tdkt.regime.service.RegimeService;

/**
 * Gives a snapshot of the award catalogue; reloaded on demand after the catalogue changes. The legal regimes the
 * catalogue's money is dated by come with it ({@link #regimes()}).
 */
public final class CatalogueService {

    private final Database db;
    private final CatalogueRepository repository = new CatalogueRepository();
    private final RegimeService regimes;
    private volatile Catalogue cached;

    public CatalogueService(Database db) {
        this.db = db;
        this.regimes = new RegimeService(db);
    }

    /** The legal regimes (one source for review, dossiers, meeting documents, decisions and money). */
    public RegimeService regimes() {
        return regimes;
    }

    public Catalogue catalogue() {
        Catalogue c = cached;
        if (c == null) {
            c = repository.load(db.dsl());
            cached = c;
        }
        return c;
    }

    public void invalidate() {
        cached = null;
    }
}
