package dev.promptcanvas.inference.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Manifest JSON round trip and field errors; the user model folder resolution. */
class ManifestAndDirsTest {

    static ModelManifest read(String json) {
        return ManifestJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json");
    }

    @Test
    void roundTripKeepsEveryField() {
        ModelManifest m = new ModelManifest("sam2.1-tiny", "SAM 2.1 tiny", "sam2", "2.1", 1024, "Apache-2.0",
                "https://example.invalid/src", new ModelArchive("https://example.invalid/a.zip", 123L, null),
                List.of(new ModelFile("encoder", "e.onnx", null, 5L, "a".repeat(64)),
                        new ModelFile("decoder", "d.onnx", "https://example.invalid/d.onnx", null, null)));
        assertThat(read(ManifestJson.toJson(m))).isEqualTo(m);
    }

    @Test
    void errorsNameTheFileAndTheField() {
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"kind\":\"sam2\",\"inputSize\":1024,\"files\":[]}"))
                .hasMessageContaining("m.json").hasMessageContaining("'files' lists no file");
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"kind\":\"sam2\",\"inputSize\":1024,\"files\":"
                + "[{\"role\":\"encoder\",\"path\":\"e.onnx\"}]}")).hasMessageContaining("no 'decoder' file");
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"kind\":\"sam2\",\"inputSize\":\"big\",\"files\":[]}"))
                .hasMessageContaining("'inputSize'");
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"kind\":\"sam2\",\"inputSize\":1,\"files\":"
                + "[{\"role\":\"encoder\",\"path\":\"../e.onnx\"}]}")).hasMessageContaining("'path'");
        assertThatThrownBy(() -> read("not json")).hasMessageContaining("m.json: model manifest is not valid JSON");
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"kind\":\"sam2\",\"inputSize\":1,\"files\":"
                + "[{\"role\":\"encoder\",\"path\":\"e\",\"sha256\":\"xyz\"}]}")).hasMessageContaining("'sha256'");
    }

    @Test
    void bundledCatalogueListsTheFourSam21Exports() {
        assertThat(ModelCatalog.bundled()).extracting(ModelManifest::id)
                .containsExactly("sam2.1-tiny", "sam2.1-small", "sam2.1-base-plus", "sam2.1-large");
        for (ModelManifest m : ModelCatalog.bundled()) {
            assertThat(m.licence()).isEqualTo("Apache-2.0");
            assertThat(m.kind()).isEqualTo("sam2");
            assertThat(m.downloadable()).isTrue();
            assertThat(m.archive().url()).startsWith("https://").endsWith(".zip");
            assertThat(m.file("encoder").orElseThrow().path()).endsWith(".encoder.onnx");
        }
        assertThat(ModelCatalog.find("sam2.1-large")).isPresent();
        assertThat(ModelCatalog.find("nope")).isEmpty();
    }

    @Test
    void userModelFolderFollowsTheWorkbenchDataFolder() {
        assertThat(ModelDirs.userModels(Map.of("PROMPTCANVAS_HOME", "/pc"), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/pc/data/models"));
        assertThat(ModelDirs.userModels(Map.of("PROMPTCANVAS_HOME", "/pc"), "/prop", "/home/u", "Linux"))
                .isEqualTo(Path.of("/prop/data/models"));
        assertThat(ModelDirs.userModels(Map.of("XDG_DATA_HOME", "/xdg"), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/xdg/promptcanvas/models"));
        assertThat(ModelDirs.userModels(Map.of(), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/home/u/.local/share/promptcanvas/models"));
        assertThat(ModelDirs.userModels(Map.of("APPDATA", "/appdata"), null, "/home/u", "Windows 11"))
                .isEqualTo(Path.of("/appdata/PromptCanvas/models"));
        assertThat(ModelDirs.userModels(Map.of(), null, "/Users/u", "Mac OS X"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/PromptCanvas/models"));
    }
}
