package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.export.CategoryMapping;
import dev.promptcanvas.annotations.formats.export.ImageMode;
import dev.promptcanvas.annotations.formats.export.SplitRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the export command's text options into split rules, label mappings and format options. */
final class ExportArgs {

    private ExportArgs() {
    }

    /** {@code train=0.8,val=0.2} or {@code 0.8,0.1,0.1} (named train, val, test). */
    static SplitRule ratios(String spec, long seed) {
        try {
            return SplitRule.Ratios.parse(spec, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--split: " + e.getMessage(), e);
        }
    }

    /** {@code folder}, or a file of {@code path,split} lines (also tab or space separated; # comments). */
    static SplitRule byTag(String spec) {
        if (spec.equalsIgnoreCase("folder")) {
            return new SplitRule.ByFolder();
        }
        Path file = Path.of(spec);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--split-by " + spec + ": expected 'folder' or a file of 'image,split' lines");
        }
        Map<String, String> splits = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("[,\\t ]+");
                if (cols.length != 2) {
                    throw new BadInputException(file + " line " + (i + 1) + ": expected 'image,split', got '"
                            + line + "'");
                }
                splits.put(cols[0], cols[1]);
            }
        } catch (IOException e) {
            throw new BadInputException("--split-by " + spec + ": cannot read: " + e.getMessage(), e);
        }
        return new SplitRule.ByList(splits, file.toString());
    }

    static ImageMode images(String spec) {
        try {
            return ImageMode.valueOf(spec.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--images " + spec + ": expected reference, copy or link");
        }
    }

    /** {@code OLD=NEW} pairs; {@code OLD=} drops the label. */
    static CategoryMapping mapping(List<String> specs) {
        try {
            return CategoryMapping.parse(specs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--map: " + e.getMessage(), e);
        }
    }

    /** {@code KEY=VALUE} pairs, checked against the options the format knows. */
    static Map<String, String> formatOptions(DatasetFormat format, List<String> specs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--option " + spec + ": expected KEY=VALUE");
            }
            String key = spec.substring(0, eq);
            if (!format.writeOptionHelp().containsKey(key)) {
                throw new BadInputException("--option " + key + ": " + format.name() + " has "
                        + (format.writeOptionHelp().isEmpty() ? "no options"
                        : "the options " + String.join(", ", new java.util.TreeSet<>(format.writeOptionHelp()
                        .keySet()))));
            }
            options.put(key, spec.substring(eq + 1));
        }
        return options;
    }
}
