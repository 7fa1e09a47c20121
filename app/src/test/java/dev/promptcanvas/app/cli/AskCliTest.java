package dev.promptcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.ProjectStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptcanvas ask} against a real local chat-completions server, through the root command. */
class AskCliTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;
    Path image;
    HttpServer server;
    final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    volatile int status = 200;
    volatile String content = "";

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
    void start() throws IOException {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        image = tmp.resolve("img.png");
        ImageIO.write(img, "png", image.toFile());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                requests.add(MAPPER.readTree(ex.getRequestBody().readAllBytes()));
                ObjectNode root = MAPPER.createObjectNode();
                if (status == 200) {
                    ObjectNode choice = root.putArray("choices").addObject();
                    choice.putObject("message").put("role", "assistant").put("content", content);
                    choice.put("finish_reason", "stop");
                } else {
                    root.putObject("error").put("message", "server says no");
                }
                byte[] b = root.toString().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(status, b.length);
                ex.getResponseBody().write(b);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Test
    void captionPrintsRawParsedDiagnosticsAndTimings() throws IOException {
        content = "A black square.";
        Run r = run("ask", "--endpoint", url(), "--model", "qwen2.5vl:7b", "--task", "caption", "--image",
                image.toString(), "--region", "{\"box\":[20,20,200,150]}", "--style", "fgvp-box");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.get("raw").asText()).isEqualTo("A black square.");
        assertThat(json.get("parsed").get("caption").asText()).isEqualTo("A black square.");
        assertThat(json.get("parsed").get("source").asText()).isEqualTo("model:qwen2.5vl-7b@cli");
        assertThat(json.get("prompt").asText()).contains("within the red box");
        assertThat(json.get("diagnostics")).isEmpty();
        assertThat(json.get("timings").has("request_ms")).isTrue();
        JsonNode sent = requests.get(0);
        assertThat(sent.get("model").asText()).isEqualTo("qwen2.5vl:7b");
        assertThat(sent.get("messages").get(0).get("content").get(0).get("image_url").get("url").asText())
                .startsWith("data:image/png;base64,");
    }

    @Test
    void groundWithCandidatesPrintsTargets() throws IOException {
        content = "<ground>the right one</ground><objects><obj2></objects>";
        Run r = run("ask", "--endpoint", url(), "--model", "m", "--task", "ground", "--image", image.toString(),
                "--query", "the right one", "--candidates", "[{\"box\":[10,10,100,100]},{\"box\":[150,10,300,200]}]");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode p = MAPPER.readTree(r.out()).get("parsed");
        assertThat(p.get("indexes").toString()).isEqualTo("[1]");
        assertThat(p.get("target_ids").toString()).isEqualTo("[2]");
        assertThat(p.get("expression").get("text").asText()).isEqualTo("the right one");
    }

    @Test
    void groundWithCandidatesFromAProject() throws Exception {
        long keep;
        try (ProjectStore store = ProjectStore.create(tmp)) {
            ImageRecord rec = store.apply(new AddImages(List.of(new ImageRecord(0, "img.png", 320, 240, "h")))).get(0);
            Category cat = store.apply(new AddCategory(Category.named("person")));
            store.apply(new AddAnnotation(Annotation.of(rec.id(), cat.id(), new Box(5, 5, 50, 50)), null));
            keep = store.apply(new AddAnnotation(Annotation.of(rec.id(), cat.id(), new Box(60, 5, 150, 90)), null))
                    .id();
        }
        content = "<ground>person</ground><objects><obj1><obj7></objects>";
        Run r = run("ask", "--endpoint", url(), "--model", "m", "--task", "ground", "--image", image.toString(),
                "--query", "person", "--candidates-from", tmp.toString(), "--style", "index", "--frame", "pixels");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.get("parsed").get("target_ids").toString()).isEqualTo("[" + keep + "]");
        assertThat(json.get("diagnostics").toString()).contains("index-out-of-range");
        assertThat(json.get("prompt").asText()).contains("<obj1>: [60, 5, 150, 90]");
    }

    @Test
    void reasonWithoutSegmenterPrintsBoxAndPrompts() throws IOException {
        content = "<think>t</think><answer>{\"bbox\": [84, 84, 420, 420], \"points_1\": [210, 210]}</answer>";
        Run r = run("ask", "--endpoint", url(), "--model", "m", "--task", "reason", "--image", image.toString(),
                "--query", "the thing", "--frame", "segzero", "--segmenter", "none");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode p = MAPPER.readTree(r.out()).get("parsed");
        assertThat(p.get("box").toString()).isEqualTo("[32.0,24.0,160.0,120.0]");
        assertThat(p.get("prompts")).hasSize(2);
        assertThat(p.get("mask").isNull()).isTrue();
    }

    @Test
    void badRegionJsonNamesTheFieldAndExits2() {
        Run r = run("ask", "--endpoint", url(), "--model", "m", "--task", "caption", "--image", image.toString(),
                "--region", "{\"box\":[1,2,3]}");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--region").contains("region.box: expected 4 numbers, got 3");
        assertThat(requests).isEmpty();
    }

    @Test
    void endpointDownExits1WithTheUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("ask", "--endpoint", "http://127.0.0.1:" + port + "/v1", "--model", "m", "--task", "gcap",
                "--image", image.toString(), "--retries", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("http://127.0.0.1:" + port + "/v1/chat/completions").contains("connection refused");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unauthorizedExits1AndAMissingKeyVariableExits2() {
        status = 401;
        Run r = run("ask", "--endpoint", url(), "--model", "m", "--task", "gcap", "--image", image.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("401").contains("no API key is configured");
        Run missing = run("ask", "--endpoint", url(), "--model", "m", "--task", "gcap", "--image", image.toString(),
                "--api-key-env", "PROMPTCANVAS_TEST_SURELY_UNSET_KEY");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("PROMPTCANVAS_TEST_SURELY_UNSET_KEY is not set");
    }

    @Test
    void unknownTaskAndMissingModelAreBadInput() {
        Run task = run("ask", "--endpoint", url(), "--model", "m", "--task", "dance", "--image", image.toString());
        assertThat(task.code()).isEqualTo(2);
        assertThat(task.err()).contains("--task dance");
        Run model = run("ask", "--endpoint", url(), "--task", "gcap", "--image", image.toString());
        assertThat(model.code()).isEqualTo(2);
        assertThat(model.err()).contains("--model");
    }
}
