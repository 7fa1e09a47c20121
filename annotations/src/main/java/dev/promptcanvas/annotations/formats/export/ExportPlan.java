package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything an export is asked to do: the format, where, with which write options, how images are split and
 * placed, whether unaccepted model suggestions go along, and how labels are renamed.
 */
public record ExportPlan(DatasetFormat format, Path output, WriteOptions options, SplitRule split, ImageMode images,
                         boolean includeSuggestions, CategoryMapping categories) {

    public ExportPlan {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(options, "options");
        split = split == null ? new SplitRule.None() : split;
        images = images == null ? ImageMode.REFERENCE : images;
        categories = categories == null ? CategoryMapping.none() : categories;
    }

    /** The whole project, one output, images referenced, suggestions left out, labels as they are. */
    public static ExportPlan simple(DatasetFormat format, Path output, WriteOptions options) {
        return new ExportPlan(format, output, options, new SplitRule.None(), ImageMode.REFERENCE, false,
                CategoryMapping.none());
    }
}
