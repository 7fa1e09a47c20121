package dev.promptcanvas.inference.encode;

/**
 * Something a parser or encoder noticed: an INFO (e.g. a truncated answer it repaired), a WARNING (something
 * dropped or changed: an index out of range, a box clipped to the image) or an ERROR (nothing usable found where
 * something was expected).
 *
 * @param code a stable short code ("index-out-of-range", "box-clipped", "json-truncated", ...)
 */
public record Diagnostic(Level level, String code, String message) {

    /** How serious a diagnostic is. */
    public enum Level {
        INFO, WARNING, ERROR
    }

    public static Diagnostic info(String code, String message) {
        return new Diagnostic(Level.INFO, code, message);
    }

    public static Diagnostic warning(String code, String message) {
        return new Diagnostic(Level.WARNING, code, message);
    }

    public static Diagnostic error(String code, String message) {
        return new Diagnostic(Level.ERROR, code, message);
    }
}
