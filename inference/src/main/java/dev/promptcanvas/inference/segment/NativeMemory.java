package dev.promptcanvas.inference.segment;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;

/**
 * Gives freed native memory back to the operating system on Linux/glibc ({@code malloc_trim(0)}, called through
 * JNA, which DJL already brings). ONNX Runtime's worker threads free the SAM2 encoder's ~1 GB of activations after
 * each run, but glibc keeps the freed pages in its per-thread arenas, so without a trim the process stays about
 * 0.5–0.8 GB larger than it needs to. Does nothing elsewhere or when the call is unavailable.
 */
final class NativeMemory {

    /** The one C function used. */
    private interface LibC extends Library {
        int malloc_trim(long pad);
    }

    private static final LibC LIBC = load();

    private NativeMemory() {
    }

    private static LibC load() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        try {
            return Native.load("c", LibC.class);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Returns free heap memory to the system where possible; true when the call was made. */
    static boolean trim() {
        if (LIBC == null) {
            return false;
        }
        try {
            LIBC.malloc_trim(0);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
