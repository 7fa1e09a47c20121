package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ultralytics YOLO detect/segment folders ({@code yolo}): see the package documentation for the rules. */
public final class YoloFormat implements DatasetFormat {

    /** Option key: {@code detect} (boxes, the default) or {@code segment} (polygons). */
    public static final String TASK = "task";
    /** Option key: {@code copy} (the default) or {@code link} images into images/SPLIT. */
    public static final String IMAGES = "images";


    @Override
    public String name() {
        return "yolo";
    }

    @Override
    public String description() {
        return "Ultralytics YOLO folder: data.yaml, images/SPLIT, labels/SPLIT/*.txt (detect boxes or segment polygons)";
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public boolean handlesSplits() {
        return true;
    }

    @Override
    public boolean placesImages() {
        return true;
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(TASK, "detect (cls cx cy w h, default) or segment (cls x1 y1 x2 y2 ... polygons)");
        help.put(IMAGES, "copy (default) or link (hard link, else symbolic link) images into images/SPLIT");
        return help;
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new YoloReader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    /** Writes like {@link #write} and returns the annotations YOLO cannot hold (points, lines, arrows, empty). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new YoloWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
