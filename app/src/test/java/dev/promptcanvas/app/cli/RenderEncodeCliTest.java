package dev.promptcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The render and encode commands run in-process on real files, checking output, files and exit codes. */
class RenderEncodeCliTest {

    @TempDir
    Path tmp;
    Path image;

    record Run(int code, String out, String err) {
    }

    /** Runs a command as the CLI does: BadInputException -> exit 2 (the root command's handler does this). */
    static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("promptcanvas: " + ex.getMessage());
            return ex instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeImage() throws IOException {
        BufferedImage img = new BufferedImage(672, 448, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 448; y++) {
            for (int x = 0; x < 672; x++) {
                img.setRGB(x, y, 0x808080);
            }
        }
        image = tmp.resolve("in.png");
        ImageIO.write(img, "png", image.toFile());
    }

    @Test
    void rendersAConstantRectangleAndPrintsThePhrase() throws IOException {
        Path out = tmp.resolve("out/rect.png");
        Run r = run(new RenderCommand(), "--image", image.toString(), "--style", "vip-constant-rectangle",
                "--region", "{\"box\":[100,80,420,300]}", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("phrase").asText()).isEqualTo("within the red rectangle");
        assertThat(json.get("marks").get(0).get("drawn").get("box").toString()).isEqualTo("[100,80,420,300]");
        BufferedImage written = ImageIO.read(out.toFile());
        assertThat(written.getRGB(100, 190) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(written.getRGB(260, 190) & 0xFFFFFF).isEqualTo(0x808080);
    }

    @Test
    void setOfMarkFromARegionFilePrintsTheMapping() throws IOException {
        Path regions = tmp.resolve("regions.json");
        Files.writeString(regions, "[{\"box\":[10,10,200,200]}, {\"polygon\":[300,50,600,80,450,400]},"
                + " {\"point\":[620,420]}]");
        Run r = run(new RenderCommand(), "--image", image.toString(), "--style", "som", "--region", "@" + regions,
                "--output", tmp.resolve("som.png").toString(), "--som-fill");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("mapping").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":2}");
        assertThat(json.get("marks").get(1).get("label").asText()).isEqualTo("2");
        assertThat(Files.size(tmp.resolve("som.png"))).isPositive();
    }

    @Test
    void sameSeedSameFile() throws IOException {
        for (String name : new String[] {"a.png", "b.png"}) {
            Run r = run(new RenderCommand(), "--image", image.toString(), "--style", "vip-scribble", "--region",
                    "{\"polygon\":[100,100,500,120,450,400,120,380]}", "--output", tmp.resolve(name).toString(),
                    "--seed", "9");
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(Files.readAllBytes(tmp.resolve("a.png"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.png")));
    }

    @Test
    void falipWritesTheGridAndItsJson() throws IOException {
        Run r = run(new RenderCommand(), "--image", image.toString(), "--style", "falip-patch", "--region",
                "{\"box\":[0,0,336,448]}", "--output", tmp.resolve("f.png").toString(), "--grid-png",
                tmp.resolve("grid.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("patchGrid").get("on").asInt()).isEqualTo(12 * 24);
        assertThat(ImageIO.read(tmp.resolve("grid.png").toFile()).getWidth()).isEqualTo(24 * 8);
    }

    @Test
    void badInputExitsWithTwoAndNamesTheField() {
        Run style = run(new RenderCommand(), "--image", image.toString(), "--style", "sparkles", "--region",
                "{\"box\":[1,1,5,5]}", "--output", tmp.resolve("x.png").toString());
        assertThat(style.code()).isEqualTo(2);
        assertThat(style.err()).contains("--style sparkles: unknown style").contains("vip-rectangle");

        Run region = run(new RenderCommand(), "--image", image.toString(), "--style", "vip-rectangle", "--region",
                "[{\"box\":[1,1,5,5]},{\"box\":[1,2]}]", "--output", tmp.resolve("x.png").toString());
        assertThat(region.code()).isEqualTo(2);
        assertThat(region.err()).contains("region[1].box: expected 4 numbers, got 2");

        Run outside = run(new RenderCommand(), "--image", image.toString(), "--style", "vip-rectangle", "--region",
                "{\"box\":[900,900,950,950]}", "--output", tmp.resolve("x.png").toString());
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("region 0 (box) covers no pixel");

        Run missing = run(new RenderCommand(), "--image", tmp.resolve("nope.png").toString(), "--style", "som",
                "--region", "{\"box\":[1,1,5,5]}", "--output", tmp.resolve("x.png").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--image").contains("nope.png");

        Run file = run(new RenderCommand(), "--image", image.toString(), "--style", "som", "--region",
                "@" + tmp.resolve("absent.json"), "--output", tmp.resolve("x.png").toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).contains("--region @").contains("no such file");
    }

    @Test
    void helpListsStylesAndFormats() {
        Run render = run(new RenderCommand(), "--help");
        assertThat(render.code()).isZero();
        assertThat(render.out()).contains("vip-constant-rectangle").contains("fgvp-blur-reverse").contains("som")
                .contains("falip-patch");
        Run encode = run(new EncodeCommand(), "--help");
        assertThat(encode.code()).isZero();
        assertThat(encode.out()).contains("kosmos2").contains("rexseek").contains("norm1000").contains("mdvp");
    }

    @Test
    void encodesKosmos2TheFormatsExample() {
        Run r = run(new EncodeCommand(), "--format", "kosmos2", "--image-size", "64x64", "--box", "25,3,63,53",
                "--label", "a snowman");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("<grounding><phrase> a snowman</phrase><object><patch_index_0044>"
                + "<patch_index_0863></object>");
    }

    @Test
    void rexSeekPromptAndDecodeBackToCandidateBoxes() throws IOException {
        Run p = run(new EncodeCommand(), "--format", "rexseek", "--image-size", "640x480", "--box", "0,0,10,10",
                "--box", "20,20,60,90", "--query", "the man in red");
        assertThat(p.code()).isZero();
        assertThat(p.out()).isEqualTo("<image>\n<obj0><objfeat><obj1><objfeat>\nPlease detect the man in red in this"
                + " image. Answer the question with object indexes.\n");
        Run d = run(new EncodeCommand(), "--format", "rexseek", "--box", "0,0,10,10", "--box", "20,20,60,90",
                "--decode", "<ground>the man in red</ground><objects><obj1><obj7></objects><|im_end|>");
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(d.out());
        assertThat(json.get("items").get(0).get("indexes").toString()).isEqualTo("[1]");
        assertThat(json.get("items").get(0).get("boxes").toString()).isEqualTo("[[20.0,20.0,60.0,90.0]]");
        assertThat(json.get("diagnostics").toString()).contains("index-out-of-range");
    }

    @Test
    void qwenDecodeFromFileMapsToOriginalPixels() throws IOException {
        Path answer = tmp.resolve("answer.txt");
        Files.writeString(answer, "```json\n[{\"bbox_2d\": [0, 0, 1036, 518], \"label\": \"top half\"}]\n```");
        Run d = run(new EncodeCommand(), "--format", "qwen", "--image-size", "1024x512", "--decode", "@" + answer);
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(d.out());
        // 1024 x 512 -> 1036 x 504 model input; x * 1024 / 1036, y * 512 / 504 (518 -> beyond 512, clipped)
        JsonNode box = json.get("items").get(0).get("boxes").get(0);
        assertThat(box.get(2).asDouble()).isEqualTo(1024.0);
        assertThat(box.get(3).asDouble()).isEqualTo(512.0);
        assertThat(json.get("diagnostics").toString()).contains("box-clipped");
    }

    @Test
    void encodeRejectsBadBoxesAndMissingSize() {
        Run bad = run(new EncodeCommand(), "--format", "norm1000", "--image-size", "100x100", "--box", "1,2,3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--box 1,2,3: expected X1,Y1,X2,Y2");
        Run nosize = run(new EncodeCommand(), "--format", "norm1000", "--box", "1,2,3,4");
        assertThat(nosize.code()).isEqualTo(2);
        assertThat(nosize.err()).contains("--image-size");
        Run format = run(new EncodeCommand(), "--format", "llava", "--image-size", "10x10", "--box", "1,2,3,4");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format llava: unknown format");
        Run outside = run(new EncodeCommand(), "--format", "kosmos2", "--image-size", "10x10", "--box", "1,2,30,4");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("within [0, 1]");
    }
}
