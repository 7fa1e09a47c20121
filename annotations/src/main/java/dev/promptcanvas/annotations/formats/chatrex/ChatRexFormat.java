package dev.promptcanvas.annotations.formats.chatrex;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ChatRex/RexSeek index-grounding training records ({@code chatrex}, write only): see the package documentation. */
public final class ChatRexFormat implements DatasetFormat {

    /** Option key: the category whose annotations are the candidates, or {@code all} (default: person if any). */
    public static final String CANDIDATES = "candidates";
    /** Option key: {@code jsonl} (one record a line, default) or {@code json} (one array). */
    public static final String FORMAT = "format";

    /** RexSeek's detection instruction; [OBJ] is replaced by the expression. */
    public static final String DETECT_QUESTION =
            "Please detect [OBJ] in this image. Answer the question with object indexes.";
    /** The instruction of grounded-caption records. */
    public static final String CAPTION_QUESTION =
            "Please briefly describe this image and detect all the mentioned objects. Answer with grounded object "
                    + "indexes.";


    @Override
    public String name() {
        return "chatrex";
    }

    @Override
    public String description() {
        return "ChatRex/RexSeek records: candidate boxes, <objN><objfeat> question, <ground>/<objects> index answer";
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
        help.put(CANDIDATES, "category whose annotations are the candidate boxes, or all (default: person when the "
                + "export has it, else all)");
        help.put(FORMAT, "jsonl (default) or json");
        return help;
    }

    /** Writes like {@link #write} and returns the expressions left out (targets that are not regions). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new ChatRexWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
