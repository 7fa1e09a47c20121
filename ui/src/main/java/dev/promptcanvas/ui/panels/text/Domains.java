package dev.promptcanvas.ui.panels.text;

/** Domain tags of referring expressions as stored (null for none) and as shown ("none"). */
final class Domains {

    static final String NONE = "none";
    static final String REJECTION = "rejection";

    private Domains() {
    }

    static String toStored(String shown) {
        return shown == null || shown.equals(NONE) ? null : shown;
    }

    static String toShown(String stored) {
        return stored == null || stored.isBlank() ? NONE : stored;
    }
}
