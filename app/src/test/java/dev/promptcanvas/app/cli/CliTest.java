package dev.promptcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real CLI in-process on real photos and real files, checking output, files and exit codes. */
class CliTest {

    @TempDir
    Path tmp;
    Path project;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PromptCanvasCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyPhotos() throws IOException {
        project = tmp.resolve("photos");
        Files.createDirectories(project);
        for (String name : new String[] {"coffee.png", "coins.png", "chelsea.png"}) {
            try (InputStream in = getClass().getResourceAsStream("/dev/promptcanvas/resources/sample/" + name)) {
                Files.copy(in, project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Path labelmeFolder() throws IOException {
        Path dir = tmp.resolve("labelme");
        Files.createDirectories(dir);
        for (String name : new String[] {"coffee.json", "coins.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/labelme/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    @Test
    void initImportExportRoundTrip() throws IOException {
        Run init = run("init", project.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("3 image(s) added");

        Run imported = run("import", project.toString(), "--format", "labelme", "--input",
                labelmeFolder().toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        Run info = run("info", project.toString(), "--json");
        JsonNode counts = new ObjectMapper().readTree(info.out());
        assertThat(counts.get("images").asInt()).isEqualTo(3);
        assertThat(counts.get("annotations").asInt()).isEqualTo(6);
        assertThat(counts.get("categories").asInt()).isEqualTo(5);

        Path out = tmp.resolve("export/instances.json");
        Files.createDirectories(out.getParent());
        Run export = run("export", project.toString(), "--format", "coco", "--output", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode coco = new ObjectMapper().readTree(out.toFile());
        assertThat(coco.get("images")).hasSize(3);
        assertThat(coco.get("categories")).extracting(c -> c.get("name").asText())
                .contains("cup", "saucer", "coin");
        JsonNode saucer = null;
        for (JsonNode a : coco.get("annotations")) {
            long cat = a.get("category_id").asLong();
            for (JsonNode c : coco.get("categories")) {
                if (c.get("id").asLong() == cat && c.get("name").asText().equals("saucer")) {
                    saucer = a;
                }
            }
        }
        assertThat(saucer).isNotNull();
        assertThat(saucer.get("bbox").get(2).asDouble()).isEqualTo(405.0);
        assertThat(saucer.get("bbox").get(3).asDouble()).isEqualTo(316.0);
    }

    @Test
    void initTwiceAddsOnlyNewImages() throws IOException {
        assertThat(run("init", project.toString()).code()).isZero();
        Files.copy(project.resolve("coins.png"), project.resolve("coins-copy.png"));
        Run again = run("init", project.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("1 image(s) added, 4 in total");
    }

    @Test
    void aCorruptImageIsSkippedAndNamed() throws IOException {
        Files.write(project.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Run init = run("init", project.toString());
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("3 image(s) added").contains("skipped broken.png");
    }

    @Test
    void aFolderThatIsNotAProjectIsBadInput() {
        Run info = run("info", project.toString());
        assertThat(info.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(info.err()).contains("is not a PromptCanvas project").contains("promptcanvas init");
    }

    @Test
    void unknownFormatAndMissingInputAreBadInput() {
        run("init", project.toString());
        Run unknown = run("export", project.toString(), "--format", "nope", "--output", tmp.resolve("x").toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("--format nope").contains("coco").contains("labelme");
        Run missing = run("import", project.toString(), "--format", "coco", "--input",
                tmp.resolve("absent.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("absent.json");
    }

    @Test
    void malformedImportLeavesProjectUnchanged() throws IOException {
        run("init", project.toString());
        run("import", project.toString(), "--format", "labelme", "--input", labelmeFolder().toString());
        String before = run("info", project.toString(), "--json").out();
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"images\": [{\"id\": 1, \"file_name\": \"coffee.png\", \"width\": 600, "
                + "\"height\": 400}], \"categories\": [{\"id\": 1, \"name\": \"x\"}], \"annotations\": ["
                + "{\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 3, 4]},"
                + "{\"id\": 2, \"image_id\": 1, \"category_id\": 7, \"bbox\": [1, 2, 3, 4]}]}");
        Run imported = run("import", project.toString(), "--format", "coco", "--input", bad.toString());
        assertThat(imported.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err()).contains("bad.json").contains("category_id");
        assertThat(run("info", project.toString(), "--json").out()).isEqualTo(before);
    }

    @Test
    void missingImagesAreNamedOrSkipped() throws IOException {
        run("init", project.toString());
        Path coco = tmp.resolve("other.json");
        Files.writeString(coco, "{\"images\": [{\"id\": 1, \"file_name\": \"coffee.png\", \"width\": 600, "
                + "\"height\": 400}, {\"id\": 2, \"file_name\": \"gone.jpg\", \"width\": 10, \"height\": 10}],"
                + " \"categories\": [{\"id\": 1, \"name\": \"x\"}], \"annotations\": ["
                + "{\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 3, 4]},"
                + "{\"id\": 2, \"image_id\": 2, \"category_id\": 1, \"bbox\": [1, 2, 3, 4]}]}");
        Run strict = run("import", project.toString(), "--format", "coco", "--input", coco.toString());
        assertThat(strict.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(strict.err()).contains("gone.jpg").contains("images[1]");
        Run lenient = run("import", project.toString(), "--format", "coco", "--input", coco.toString(),
                "--skip-missing-images");
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("gone.jpg");
        assertThat(run("info", project.toString(), "--json").out()).contains("\"annotations\" : 1");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "info", "import", "export", "gui");
        for (String cmd : new String[] {"init", "info", "import", "export", "gui"}) {
            Run sub = run(cmd, "--help");
            assertThat(sub.code()).as(cmd).isZero();
            assertThat(sub.out()).as(cmd).contains("Usage:");
        }
        assertThat(run("--version").out()).contains("PromptCanvas");
        assertThat(run("export").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
