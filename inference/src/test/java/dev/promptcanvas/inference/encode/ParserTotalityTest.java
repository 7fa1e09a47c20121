package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every parser is total: mutated real answers and random text give a result, never an exception, and without the
 * last-resort catch in {@link AnswerBuilder#total} having to step in.
 */
class ParserTotalityTest {

    private static final String ALPHABET = "<>/[]{}()\"',:;=_|-+.\n \t0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String[] FRAGMENTS = {"<ground>", "</ground>", "<objects>", "</objects>", "<obj", "<obj99999999999>",
        "<phrase>", "</phrase>", "<object>", "</object>", "<patch_index_", "<patch_index_99999>",
        "</delimiter_of_multi_objects/>", "```json", "```", "[", "]", "{", "}", "\"bbox_2d\":", "\"point_2d\":",
        "<points x1=\"", "\" y1=\"", "</points>", "<Region ", "region", "<mask><pos>", "<|box_start|>", "(", "),(",
        "<|im_end|>", "NaN", "-1e309", "1e308", "99999999999999999999", "\\", "\"", "'"};

    private final ImageSize size = new ImageSize(640, 480);
    private final List<Box> candidates = List.of(new Box(0, 0, 10, 10), new Box(5, 5, 50, 50), new Box(1, 2, 3, 4));

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (InputStream in = ParserTotalityTest.class.getResourceAsStream("/encode/answers.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                seeds.add(c.get("answer").asText());
            }
        }
        return seeds;
    }

    @Test
    void mutatedAndRandomAnswersNeverThrow() throws IOException {
        Random random = new Random(Long.getLong("promptcanvas.fuzzSeed", 99));
        List<String> seeds = seeds();
        List<String> inputs = new ArrayList<>(seeds);
        for (int t = 0, n = Integer.getInteger("promptcanvas.fuzzIterations", 1500); t < n; t++) {
            StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int pos = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> s.setLength(pos);
                    case 1 -> {
                        if (pos < s.length()) {
                            s.deleteCharAt(pos);
                        }
                    }
                    case 2 -> s.insert(pos, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    default -> s.insert(pos, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            inputs.add(s.toString());
        }
        for (int t = 0; t < 500; t++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                s.append(random.nextInt(5) == 0 ? FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                        : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
            inputs.add(s.toString());
        }
        inputs.add("");
        inputs.add("[".repeat(5000));
        inputs.add("{\"a\":".repeat(3000));
        inputs.add("<ground>".repeat(2000));
        for (RegionFormat f : RegionFormat.values()) {
            RegionCodec codec = f.codec();
            for (String in : inputs) {
                for (DecodeContext ctx : List.of(DecodeContext.none(), DecodeContext.of(size, candidates))) {
                    ParsedAnswer a = codec.decode(in, ctx);
                    assertThat(a).isNotNull();
                    assertThat(a.format()).isEqualTo(f);
                    assertThat(a.reported("parser-failure")).as("%s safety net used on: %s (%s)", f, in,
                            a.diagnostics()).isFalse();
                    if (ctx.imageSize() != null) {
                        for (Box b : a.boxes()) {
                            assertThat(b.x1()).isBetween(0.0, 640.0);
                            assertThat(b.x2()).isBetween(0.0, 640.0);
                            assertThat(b.y1()).isBetween(0.0, 480.0);
                            assertThat(b.y2()).isBetween(0.0, 480.0);
                        }
                        for (Point p : a.points()) {
                            assertThat(p.x()).isBetween(0.0, 640.0);
                            assertThat(p.y()).isBetween(0.0, 480.0);
                        }
                        if (f == RegionFormat.CHATREX || f == RegionFormat.REXSEEK || f == RegionFormat.OSPREY
                                || f == RegionFormat.MDVP) {
                            assertThat(a.indexes()).allMatch(i -> i >= 0 && i < candidates.size());
                        }
                    }
                }
            }
        }
    }

    @Test
    void nullAnswerIsAnErrorNotAnException() {
        for (RegionFormat f : RegionFormat.values()) {
            ParsedAnswer a = f.codec().decode(null, DecodeContext.none());
            assertThat(a.hasErrors()).isTrue();
            assertThat(a.items()).isEmpty();
        }
    }
}
