package dev.promptcanvas.inference.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing models offline and over HTTP (with resume and checksums), listing and verifying them. */
class ModelRegistryTest {

    @TempDir
    Path tmp;
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static Path fixture() {
        try {
            return Path.of(ModelRegistryTest.class.getResource("/segment/fixture7/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelManifest manifest(String id, ModelArchive archive, String encoderSha) {
        return new ModelManifest(id, "Test " + id, "sam2", "1", 1024, "Apache-2.0", "https://example.invalid/",
                archive, List.of(new ModelFile("encoder", "encoder.onnx", null, null, encoderSha),
                new ModelFile("decoder", "decoder.onnx", null, null, null)));
    }

    @Test
    void installFromFolderRecordsChecksumsAndLists() throws IOException {
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        InstalledModel m = reg.installFrom(fixture(), null, ProgressListener.NONE);
        assertThat(m.id()).isEqualTo("sam2-fixture7");
        ModelFile enc = m.manifest().file("encoder").orElseThrow();
        assertThat(enc.sha256()).isEqualTo(Checksums.sha256(fixture().resolve("encoder.onnx")));
        assertThat(enc.size()).isEqualTo(Files.size(fixture().resolve("encoder.onnx")));
        assertThat(reg.list()).extracting(InstalledModel::id).containsExactly("sam2-fixture7");
        assertThat(reg.verifyFiles(m)).isEmpty();
        // a damaged file is found by verify
        Files.write(m.file("decoder"), new byte[] {1, 2, 3});
        assertThat(reg.verifyFiles(m)).anyMatch(p -> p.contains("decoder.onnx"));
    }

    @Test
    void folderWithoutManifestNeedsAKnownIdAndAFolderThatIsNotAModelIsReported() throws IOException {
        Path bare = tmp.resolve("bare");
        Files.createDirectories(bare);
        Files.copy(fixture().resolve("encoder.onnx"), bare.resolve("encoder.onnx"));
        Files.copy(fixture().resolve("decoder.onnx"), bare.resolve("decoder.onnx"));
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        assertThatThrownBy(() -> reg.installFrom(bare, null, ProgressListener.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("has no manifest.json");
        InstalledModel m = reg.installFrom(bare, manifest("known", null, null), ProgressListener.NONE);
        assertThat(m.dir().resolve("manifest.json")).exists();
        Files.createDirectories(reg.root().resolve("stray"));
        assertThat(reg.problems()).singleElement().asString().contains("stray").contains("no manifest.json");
        assertThat(reg.list()).extracting(InstalledModel::id).containsExactly("known");
    }

    @Test
    void wrongChecksumIsRefused() {
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        Path src = tmp.resolve("src");
        assertThatThrownBy(() -> {
            Files.createDirectories(src);
            Files.copy(fixture().resolve("encoder.onnx"), src.resolve("encoder.onnx"));
            Files.copy(fixture().resolve("decoder.onnx"), src.resolve("decoder.onnx"));
            reg.installFrom(src, manifest("bad", null, "0".repeat(64)), ProgressListener.NONE);
        }).isInstanceOf(ModelException.class).hasMessageContaining("checksum mismatch");
        assertThat(reg.find("bad")).isEmpty();
    }

    @Test
    void downloadsAZipArchiveAndResumesAfterABrokenConnection() throws Exception {
        Map<String, Path> entries = new java.util.HashMap<>();
        entries.put("export/encoder.onnx", fixture().resolve("encoder.onnx"));
        entries.put("export/decoder.onnx", fixture().resolve("decoder.onnx"));
        entries.put("export/README", null);
        byte[] zip = zipOf(entries);
        List<String> ranges = new ArrayList<>();
        int[] requests = {0};
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/m.zip", ex -> serve(ex, zip, ranges, requests[0]++ == 0));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/m.zip";
        ModelManifest m = manifest("net", new ModelArchive(url, (long) zip.length, Checksums.sha256(write(zip))),
                null);
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        List<Long> progress = new ArrayList<>();
        assertThatThrownBy(() -> reg.install(m, (w, d, t) -> progress.add(d)))
                .hasMessageContaining("download ended at");
        Path part = tmp.resolve("models/.downloads/net/m.zip.part");
        assertThat(part).exists();
        assertThat(Files.size(part)).isEqualTo(zip.length / 2);

        InstalledModel installed = reg.install(m, (w, d, t) -> progress.add(d));
        assertThat(ranges).containsExactly("", "bytes=" + zip.length / 2 + "-");
        assertThat(Files.readAllBytes(installed.file("encoder")))
                .isEqualTo(Files.readAllBytes(fixture().resolve("encoder.onnx")));
        assertThat(installed.manifest().file("decoder").orElseThrow().sha256()).hasSize(64);
        assertThat(progress).contains((long) zip.length);
        assertThat(tmp.resolve("models/.downloads/net")).doesNotExist();
    }

    @Test
    void manifestWithoutUrlsCannotBeDownloaded() {
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        assertThatThrownBy(() -> reg.install(manifest("offline", null, null), ProgressListener.NONE))
                .hasMessageContaining("install it with --from DIR");
    }

    private Path write(byte[] data) throws IOException {
        Path p = Files.createTempFile(tmp, "zip", ".bin");
        Files.write(p, data);
        return p;
    }

    /** Serves data with Range support; the first response is cut off after half the bytes. */
    private static void serve(HttpExchange ex, byte[] data, List<String> ranges, boolean breakOff) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "" : range);
        int from = range == null ? 0 : Integer.parseInt(range.substring(6, range.length() - 1));
        int len = data.length - from;
        // a broken-off transfer is simulated as a chunked body that ends after half the bytes
        ex.sendResponseHeaders(range == null ? 200 : 206, breakOff ? 0 : len);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(data, from, breakOff ? data.length / 2 : len);
        }
        ex.close();
    }

    private static byte[] zipOf(Map<String, Path> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue() == null ? "readme".getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(e.getValue()));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
