package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;

/** Looks up the format a command names, with a message that lists the known ones. */
final class FormatArgs {

    private FormatArgs() {
    }

    static DatasetFormat reader(String name) {
        DatasetFormat f = find(name);
        if (!f.canRead()) {
            throw new BadInputException("--format " + name + ": this format can be exported but not imported");
        }
        return f;
    }

    static DatasetFormat writer(String name) {
        DatasetFormat f = find(name);
        if (!f.canWrite()) {
            throw new BadInputException("--format " + name + ": this format can be imported but not exported");
        }
        return f;
    }

    private static DatasetFormat find(String name) {
        return FormatRegistry.find(name).orElseThrow(() -> new BadInputException(
                "--format " + name + ": unknown format; known: " + FormatRegistry.names()));
    }
}
