package dev.promptcanvas.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What Help → About states about this installation: version, Java runtime, JavaFX, the inference device. */
public record AboutInfo(String version, String runtime, String javafx, String device) {

    private static final String VERSION_RESOURCE = "/dev/promptcanvas/app/version.properties";

    /** The running installation; {@code device} is what the segmentation layer reports (e.g. "classic on CPU"). */
    public static AboutInfo current(String device) {
        return new AboutInfo(appVersion(), System.getProperty("java.vm.vendor", "?") + " "
                + System.getProperty("java.runtime.name", "Java") + " " + System.getProperty("java.runtime.version", "?")
                + " (" + System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?") + ")",
                System.getProperty("javafx.runtime.version", "?"), device == null || device.isBlank() ? "CPU" : device);
    }

    /** The application version from the launcher's build-time version.properties, else "development build". */
    public static String appVersion() {
        try (InputStream in = AboutInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "development build";
    }
}
