package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to write a dataset.
 *
 * @param projectDir the folder the dataset's relative image paths are relative to (to find or copy images)
 * @param maskEncoding how masks are written where the format offers a choice
 * @param polygonTolerance Douglas-Peucker tolerance in pixels when masks become polygons
 * @param formatOptions format-specific settings by key (see {@link DatasetFormat#writeOptionHelp()})
 * @param imagePaths where images lie and how files name them (null: left in the project folder)
 * @param split the name of the split being written ("train", "val", ...), or null when the export is not split
 * @param splits every split of this export, in order (empty when not split)
 */
public record WriteOptions(Path projectDir, MaskEncoding maskEncoding, double polygonTolerance,
                           Map<String, String> formatOptions, ImagePaths imagePaths, String split,
                           List<String> splits) {

    public WriteOptions {
        maskEncoding = maskEncoding == null ? MaskEncoding.RLE : maskEncoding;
        if (!(polygonTolerance >= 0)) {
            throw new IllegalArgumentException("polygon tolerance must be >= 0, got " + polygonTolerance);
        }
        formatOptions = formatOptions == null ? Map.of() : Map.copyOf(new TreeMap<>(formatOptions));
        imagePaths = imagePaths == null ? ImagePaths.inProject(projectDir) : imagePaths;
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    public WriteOptions(Path projectDir, MaskEncoding maskEncoding, double polygonTolerance) {
        this(projectDir, maskEncoding, polygonTolerance, Map.of(), null, null, List.of());
    }

    public static WriteOptions defaults(Path projectDir) {
        return new WriteOptions(projectDir, MaskEncoding.RLE, 1.0);
    }

    /** A format option's value, or null when not set. */
    public String option(String key) {
        return formatOptions.get(key);
    }

    public String option(String key, String fallback) {
        return formatOptions.getOrDefault(key, fallback);
    }

    /** A yes/no option: true, yes, 1 or false, no, 0 (any case). */
    public boolean flag(String key, boolean fallback) {
        String value = formatOptions.get(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("option " + key + "=" + value + ": expected true or false");
        };
    }

    /** The image's name as dataset files should write it. */
    public String imageName(ImageRecord image) {
        return imagePaths.name(image);
    }

    /** The image file on disk (absolute). */
    public Path imageFile(ImageRecord image) {
        return imagePaths.file(image);
    }

    public WriteOptions withFormatOptions(Map<String, String> options) {
        return new WriteOptions(projectDir, maskEncoding, polygonTolerance, options, imagePaths, split, splits);
    }

    public WriteOptions withImagePaths(ImagePaths paths) {
        return new WriteOptions(projectDir, maskEncoding, polygonTolerance, formatOptions, paths, split, splits);
    }

    public WriteOptions withSplit(String name, List<String> all) {
        return new WriteOptions(projectDir, maskEncoding, polygonTolerance, formatOptions, imagePaths, name, all);
    }
}
