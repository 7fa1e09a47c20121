package dev.promptcanvas.annotations.formats.osprey;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Osprey-724K region-caption JSON ({@code osprey}, write only): see the package documentation for the rules. */
public final class OspreyFormat implements DatasetFormat {

    /** Option key: the question template for a region caption; must contain {@code <region>}. */
    public static final String QUESTION = "question";
    /** Option key: true to write the first turn as Osprey's loader expands it ({@code <image>} and region list). */
    public static final String EXPAND = "expand";
    /** Option key: true to add the {@code description} list ["&lt;region1&gt;: caption", ...]. */
    public static final String DESCRIPTION = "description";
    /** Option key: false to leave image-level captions out of the conversations. */
    public static final String IMAGE_CAPTIONS = "image-captions";

    /** The default question, the first of Osprey's detailed-description templates. */
    public static final String DEFAULT_QUESTION =
            "Can you provide me with a detailed description of the region in the picture marked by <region>?";
    /** The question an image-level caption answers. */
    public static final String IMAGE_QUESTION = "Describe the image in detail.";


    @Override
    public String name() {
        return "osprey";
    }

    @Override
    public String description() {
        return "Osprey-724K JSON: per image the region masks (RLE or polygons) and conversations from region captions";
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(QUESTION, "question template for region captions, with <region> (default: Osprey's first "
                + "detailed-description question)");
        help.put(EXPAND, "true: first human turn starts with <image> and the region1<mask><pos>,... list as "
                + "Osprey's loader builds it (default false: raw Osprey-724K, the loader adds it)");
        help.put(DESCRIPTION, "true: add description [\"<regionN>: caption\", ...] (default false)");
        help.put(IMAGE_CAPTIONS, "false: leave image captions out of the conversations (default true)");
        return help;
    }

    /** Writes like {@link #write} and returns the annotations that are not regions (points, lines, arrows). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new OspreyWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
