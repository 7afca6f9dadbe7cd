// The set-up and catalog in force, which services read through on every use, so the technician's changes
// apply without a restart; both are replaced together, since each is checked against the other.
package vn.kiosk.app.centre;

import vn.kiosk.link.catalog.Catalog;

public final class LiveCentre {

    /** A set-up with the catalog it was checked against. */
    private record Pair(CentreSetup setup, Catalog catalog) {
    }

    private volatile Pair current;

    public LiveCentre(CentreSetup setup, Catalog catalog) {
        this.current = new Pair(setup, catalog);
    }

    public CentreSetup setup() {
        return current.setup();
    }

    public Catalog catalog() {
        return current.catalog();
    }

    /** Puts a set-up and catalog in force; the caller has checked them with {@link CentreSetupLoader}. */
    public void replace(CentreSetup setup, Catalog catalog) {
        current = new Pair(setup, catalog);
    }
}
