package vn.tdkt.catalog.service;

import vn.tdkt.catalog.data.CatalogueRepository;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.data.Database;

/** Gives a snapshot of the award catalogue; reloaded on demand after the catalogue changes. */
public final class CatalogueService {

    private final Database db;
    private final CatalogueRepository repository = new CatalogueRepository();
    private volatile Catalogue cached;

    public CatalogueService(Database db) {
        this.db = db;
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
