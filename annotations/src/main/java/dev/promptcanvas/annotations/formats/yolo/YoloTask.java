package dev.promptcanvas.annotations.formats.yolo;

import java.util.Locale;

/** Which YOLO label lines to write: boxes (detect) or polygons (segment). */
enum YoloTask {
    DETECT,
    SEGMENT;

    static YoloTask parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "detect" -> DETECT;
            case "segment" -> SEGMENT;
            default -> throw new IllegalArgumentException("option task=" + value + ": expected detect or segment");
        };
    }
}
