package dev.promptcanvas.inference.segment;

/** Loads OpenCV's native library (bundled in org.openpnp:opencv) once per process. */
final class OpenCvLoader {

    private static volatile boolean loaded;

    private OpenCvLoader() {
    }

    static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }
}
