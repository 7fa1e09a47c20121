package dev.promptcanvas.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Locates the files bundled in this module (sample project, themes, presets) on the class path. */
public final class BundledResources {

    private static final String BASE = "/dev/promptcanvas/resources/";

    private BundledResources() {
    }

    /** Opens a bundled file, e.g. {@code sample/coffee.png}; fails clearly when it is not bundled. */
    public static InputStream open(String relativePath) {
        InputStream in = BundledResources.class.getResourceAsStream(BASE + relativePath);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + relativePath);
        }
        return in;
    }

    /** The files of the bundled sample project, as listed in {@code sample/index.txt}. */
    public static List<String> sampleFiles() {
        try (InputStream in = open("sample/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
