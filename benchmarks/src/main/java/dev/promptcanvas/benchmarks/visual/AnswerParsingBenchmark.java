package dev.promptcanvas.benchmarks.visual;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.inference.encode.DecodeContext;
import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.encode.ParsedAnswer;
import dev.promptcanvas.inference.encode.RegionCodec;
import dev.promptcanvas.inference.encode.RegionFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Answers parsed per second, per format, on answers quoted in the models' READMEs (target &gt;= 10 000/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnswerParsingBenchmark {

    private static final String CHATREX = "The image depicts a cozy living room with a <ground>plaid couch,</ground>"
            + "<objects><obj2></objects> a <ground>wooden TV stand</ground><objects><obj3></objects>holding a <ground>"
            + "black television,</ground><objects><obj1></objects> a <ground>red armchair,</ground><objects><obj4>"
            + "</objects> and a <ground>whiteboard</ground><objects><obj0></objects>with writing on the wall, "
            + "accompanied by a <ground>framed poster</ground><objects><obj6></objects>of a <ground>couple.</ground>"
            + "<objects><obj9><obj11></objects>";
    private static final String REXSEEK = "<ground>male</ground><objects><obj2><obj4><obj5><obj7><obj9><obj11><obj12>"
            + "<obj14><obj15><obj18><obj20><obj24><obj30></objects><|im_end|>";
    private static final String KOSMOS2 = "<grounding> An image of<phrase> a snowman</phrase><object><patch_index_0044>"
            + "<patch_index_0863></object> warming himself by<phrase> a fire</phrase><object><patch_index_0005>"
            + "<patch_index_0911></object>.";
    private static final String QWEN = "```json\n[\n"
            + "\t{\"bbox_2d\": [43, 571, 209, 753], \"label\": \"cupcake with white frosting and colorful sprinkles\"},\n"
            + "\t{\"bbox_2d\": [68, 408, 214, 596], \"label\": \"cupcake with red frosting and sprinkles\"},\n"
            + "\t{\"bbox_2d\": [259, 392, 386, 560], \"label\": \"cupcake with pink frosting and sprinkles\"},\n"
            + "\t{\"bbox_2d\": [412, 380, 518, 520], \"label\": \"cupcake with pink frosting and sprinkles\"},\n"
            + "\t{\"bbox_2d\": [550, 368, 675, 543], \"label\": \"cupcake with pink frosting and sprinkles\"},\n"
            + "\t{\"bbox_2d\": [306, 566, 462, 730], \"label\": \"cupcake with white frosting and candy eyes\"}\n]\n```";
    private static final String QWEN_TRUNCATED = QWEN.substring(0, QWEN.indexOf("[412") + 8);

    @Param({"chatrex", "rexseek", "kosmos2", "qwen", "qwen-truncated"})
    public String answer;

    private RegionCodec codec;
    private String text;
    private DecodeContext context;

    @Setup
    public void setUp() {
        List<Box> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(new Box(i, i, i + 20, i + 30));
        }
        ImageSize size = new ImageSize(1024, 1024);
        switch (answer) {
            case "chatrex" -> set(RegionFormat.CHATREX, CHATREX, DecodeContext.of(size, candidates));
            case "rexseek" -> set(RegionFormat.REXSEEK, REXSEEK, DecodeContext.of(size, candidates));
            case "kosmos2" -> set(RegionFormat.KOSMOS2, KOSMOS2, DecodeContext.of(size));
            case "qwen" -> set(RegionFormat.QWEN, QWEN, DecodeContext.of(size));
            default -> set(RegionFormat.QWEN, QWEN_TRUNCATED, DecodeContext.of(size));
        }
    }

    private void set(RegionFormat format, String t, DecodeContext ctx) {
        codec = format.codec();
        text = t;
        context = ctx;
    }

    @Benchmark
    public ParsedAnswer parse() {
        return codec.decode(text, context);
    }
}
