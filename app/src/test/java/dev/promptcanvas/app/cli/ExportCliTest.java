package dev.promptcanvas.app.cli;

import static dev.promptcanvas.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's split, image placement, label mapping and option checks, run as a user would. */
class ExportCliTest {

    @TempDir
    Path tmp;

    private Path project;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(tmp.resolve("photos"));
        for (String name : new String[] {"coffee.png", "coins.png", "chelsea.png"}) {
            try (InputStream in = getClass().getResourceAsStream("/dev/promptcanvas/resources/sample/" + name)) {
                Files.copy(in, project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path labelme = Files.createDirectories(tmp.resolve("labelme"));
        for (String name : new String[] {"coffee.json", "coins.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/labelme/" + name)) {
                Files.copy(in, labelme.resolve(name));
            }
        }
        assertThat(run("init", project.toString()).code()).isZero();
        assertThat(run("import", project.toString(), "--format", "labelme", "--input", labelme.toString()).code())
                .isZero();
    }

    @Test
    void splitCopyAndMapWriteOneCocoFilePerSplitWithImagesBeside() throws IOException {
        Path out = tmp.resolve("ds/coco.json");
        CliTest.Run export = run("export", project.toString(), "--format", "coco", "--output", out.toString(),
                "--split", "train=2,val=1", "--seed", "5", "--images", "copy", "--map", "coin=money");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("train: 2 image(s)", "val: 1 image(s)");
        assertThat(export.err()).contains("export: 3 / 3 images (100%)");
        List<String> names = new ArrayList<>();
        for (String split : new String[] {"train", "val"}) {
            JsonNode coco = new ObjectMapper().readTree(tmp.resolve("ds/coco_" + split + ".json").toFile());
            for (JsonNode image : coco.get("images")) {
                names.add(image.get("file_name").asText());
                assertThat(tmp.resolve("ds/images/" + split).resolve(image.get("file_name").asText()))
                        .isRegularFile();
            }
            assertThat(coco.get("categories").findValuesAsText("name")).doesNotContain("coin");
        }
        assertThat(names).containsExactlyInAnyOrder("coffee.png", "coins.png", "chelsea.png");
    }

    @Test
    void badExportOptionsAreBadInputNamingTheOption() {
        Path out = tmp.resolve("x.json");
        CliTest.Run unknownOption = run("export", project.toString(), "--format", "coco", "--output", out.toString(),
                "-o", "colour=red");
        assertThat(unknownOption.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownOption.err()).contains("--option colour");
        CliTest.Run badSplit = run("export", project.toString(), "--format", "coco", "--output", out.toString(),
                "--split", "train=x");
        assertThat(badSplit.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badSplit.err()).contains("'x' is not a number");
        CliTest.Run badMap = run("export", project.toString(), "--format", "coco", "--output", out.toString(),
                "--map", "unicorn=horse");
        assertThat(badMap.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badMap.err()).contains("no label 'unicorn'");
        assertThat(out).doesNotExist();
    }

    @Test
    void formatListNamesEveryRegisteredFormat() {
        CliTest.Run list = run("export", "--format", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("coco", "labelme", "import+export");
    }

    @Test
    void preferencePairsExportAsOneJsonObjectPerLine() throws Exception {
        try (var store = dev.promptcanvas.annotations.store.ProjectStore.open(project)) {
            long image = store.images().get(0).id();
            store.apply(new dev.promptcanvas.annotations.store.AddPreference(
                    new dev.promptcanvas.annotations.model.PreferenceRecord(0, image,
                            "{\"question\": \"what?\", \"chosen\": \"a cup\", \"rejected\": \"a dog\"}")));
            store.apply(new dev.promptcanvas.annotations.store.AddPreference(
                    new dev.promptcanvas.annotations.model.PreferenceRecord(0, image, "{\"n\": 2}")));
        }
        Path out = tmp.resolve("pairs.jsonl");
        CliTest.Run export = run("export", project.toString(), "--format", "preferences", "--output", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("chosen").asText()).isEqualTo("a cup");
        assertThat(first.get("rejected").asText()).isEqualTo("a dog");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("n").asInt()).isEqualTo(2);
    }

    @Test
    void aProjectFromTheOlderSchemaIsUpgradedWhenACommandOnlyReadsIt() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project.resolve("promptcanvas.db"));
             var st = c.createStatement()) {
            st.execute("DROP TABLE preferences");
            st.execute("DROP TABLE saved_preferences");
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        Path out = tmp.resolve("old.json");
        CliTest.Run export = run("export", project.toString(), "--format", "coco", "--output", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("images")).hasSize(3);
        assertThat(run("info", project.toString()).out()).contains("schema 3");
    }
}
