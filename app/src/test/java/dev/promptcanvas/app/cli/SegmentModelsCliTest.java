package dev.promptcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.mask.Rle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code segment} and {@code models} run in-process on the sample photos and the tiny SAM2 fixture. */
class SegmentModelsCliTest {

    @TempDir
    Path tmp;
    Path coins;
    Path fixture;

    record Run(int code, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(ex.getMessage());
            return ex instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        });
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void files() throws IOException {
        coins = tmp.resolve("coins.png");
        try (InputStream in = getClass().getResourceAsStream("/dev/promptcanvas/resources/sample/coins.png")) {
            Files.copy(in, coins, StandardCopyOption.REPLACE_EXISTING);
        }
        // the tiny SAM2-contract fixture committed with the inference module's tests (tests run in app/)
        Path src = Path.of(System.getProperty("promptcanvas.sam2.fixture",
                "../inference/src/test/resources/segment/fixture7"));
        fixture = tmp.resolve("fixture7");
        Files.createDirectories(fixture);
        for (String f : new String[] {"manifest.json", "encoder.onnx", "decoder.onnx"}) {
            Files.copy(src.resolve(f), fixture.resolve(f));
        }
    }

    @Test
    void classicBoxOnACoinWritesAPngMask() throws IOException {
        Path out = tmp.resolve("out/coin.png");
        Run r = run(new SegmentCommand(), "--image", coins.toString(), "--model", "classic",
                "--box", "17,96,75,153", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("mask area");
        BufferedImage mask = ImageIO.read(out.toFile());
        assertThat(mask.getWidth()).isEqualTo(384);
        assertThat(mask.getRaster().getSample(45, 124, 0)).isEqualTo(255);
        assertThat(mask.getRaster().getSample(150, 20, 0)).isZero();
    }

    @Test
    void sam2FixtureWritesJsonWithRleScoreAndMedianTimings() throws IOException {
        Path out = tmp.resolve("coin.json");
        Run r = run(new SegmentCommand(), "--image", coins.toString(), "--model", fixture.toString(),
                "--point", "192,151", "--point", "230,151,neg", "--scribble", "150,100;160,110",
                "--output", out.toString(), "--repeat", "3", "--device", "cpu");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.get("segmentation").get("size").get(0).asInt()).isEqualTo(303);
        assertThat(j.get("segmentation").get("size").get(1).asInt()).isEqualTo(384);
        Rle rle = Rle.fromString(j.get("segmentation").get("counts").asText(), 303, 384);
        assertThat(rle.area()).isEqualTo(j.get("area").asLong()).isPositive();
        assertThat(j.get("candidates")).hasSize(3);
        assertThat(j.get("timings_ms").get("runs").asInt()).isEqualTo(3);
        assertThat(j.get("timings_ms").get("encode").asDouble()).isPositive();
        assertThat(j.get("model").asText()).isEqualTo("sam2-fixture7");
        // the fixture draws discs around positive points and carves negatives: the click is in, the negative out
        byte[] m = rle.toRowMajor();
        assertThat(m[151 * 384 + 192]).isEqualTo((byte) 1);
        assertThat(m[151 * 384 + 230]).isZero();
    }

    @Test
    void badInputGivesExitCodeTwoAndNamesTheProblem() throws IOException {
        Path out = tmp.resolve("x.png");
        Run outside = run(new SegmentCommand(), "--image", coins.toString(), "--model", "classic",
                "--point", "999,5", "--output", out.toString());
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("outside the image");
        Run empty = run(new SegmentCommand(), "--image", coins.toString(), "--output", out.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("no prompt");
        Run badExt = run(new SegmentCommand(), "--image", coins.toString(), "--point", "1,1", "--output",
                tmp.resolve("x.gif").toString());
        assertThat(badExt.code()).isEqualTo(2);
        Files.delete(fixture.resolve("manifest.json"));
        Run noManifest = run(new SegmentCommand(), "--image", coins.toString(), "--model", fixture.toString(),
                "--point", "5,5", "--output", out.toString());
        assertThat(noManifest.code()).isEqualTo(2);
        assertThat(noManifest.err()).contains("has no manifest.json");
        Run badPoint = run(new SegmentCommand(), "--image", coins.toString(), "--point", "5,x", "--output",
                out.toString());
        assertThat(badPoint.code()).isEqualTo(2);
        assertThat(badPoint.err()).contains("'x' is not a number");
    }

    @Test
    void modelsInstallFromFolderListAndVerify() {
        Path models = tmp.resolve("models");
        Run install = run(new ModelsCommand(), "--models-dir", models.toString(), "install", "--from",
                fixture.toString());
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out()).contains("Installed sam2-fixture7");
        Run list = run(new ModelsCommand(), "--models-dir", models.toString(), "list");
        assertThat(list.out()).contains("sam2-fixture7").contains("classic").contains("sam2.1-tiny");
        Run verify = run(new ModelsCommand(), "--models-dir", models.toString(), "verify", "--device", "cpu");
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("OK   sam2-fixture7 on cpu").contains("OK   classic");
        Run unknown = run(new ModelsCommand(), "--models-dir", models.toString(), "install", "no-such-model");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("not in the catalogue");
    }
}
