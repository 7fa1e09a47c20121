package dev.promptcanvas.annotations.formats.sa1b;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** SA-1B per-image mask JSON in a folder ({@code sa1b}): see the package documentation. */
public final class Sa1bFormat implements DatasetFormat {

    /** Write option: true writes only annotations that are masks (boxes, polygons, ellipses are left out). */
    public static final String OPTION_MASKS_ONLY = "masks_only";

    /** The prompt-record model id of imported SA-1B masks. */
    public static final String MODEL_ID = "sa1b";
    /** Annotation attribute holding SA-1B's {@code stability_score}. */
    public static final String STABILITY_SCORE = "stability_score";
    /** Annotation attribute holding SA-1B's {@code crop_box} as "x,y,w,h". */
    public static final String CROP_BOX = "crop_box";


    @Override
    public String name() {
        return "sa1b";
    }

    @Override
    public String description() {
        return "SA-1B JSON per image (folder): masks as COCO RLE with predicted_iou, stability_score, point_coords";
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
    public boolean writesFolder() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        return Map.of(OPTION_MASKS_ONLY, "true: write only mask annotations; false (default): rasterise boxes,"
                + " polygons and ellipses too");
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new Sa1bReader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what was left out. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new Sa1bWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
