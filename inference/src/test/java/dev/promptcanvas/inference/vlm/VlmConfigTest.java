package dev.promptcanvas.inference.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoints file, API key sources (environment, a real secret-tool-like program), retry delays. */
class VlmConfigTest {

    @TempDir
    Path tmp;

    @Test
    void endpointsFileRoundTripsWithoutKeys() throws Exception {
        EndpointStore store = EndpointStore.inDirectory(tmp.resolve("config"));
        assertThat(store.list()).isEmpty();
        VlmEndpoint vllm = VlmEndpoint.of("http://localhost:8000/v1/", "Qwen/Qwen2.5-VL-7B-Instruct")
                .withName("local-vllm").withApiKeyEnv("VLLM_API_KEY").withRequestTimeout(Duration.ofSeconds(90));
        VlmEndpoint ollama = VlmEndpoint.of("http://localhost:11434", "qwen2.5vl:7b").withName("ollama")
                .withCredentialKey("ollama").withMaxRetries(1);
        store.save(vllm);
        store.save(ollama);
        store.setDefault("ollama");
        EndpointStore again = EndpointStore.inDirectory(tmp.resolve("config"));
        assertThat(again.list()).containsExactly(vllm, ollama);
        assertThat(again.defaultEndpoint()).contains(ollama);
        assertThat(ollama.chatCompletionsUri().toString()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(vllm.chatCompletionsUri().toString()).isEqualTo("http://localhost:8000/v1/chat/completions");
        store.save(vllm.withModel("other"));
        assertThat(store.find("local-vllm").orElseThrow().model()).isEqualTo("other");
        assertThat(store.remove("ollama")).isTrue();
        assertThat(store.list()).hasSize(1);
        String text = Files.readString(store.file());
        assertThat(text).contains("\"apiKeyEnv\" : \"VLLM_API_KEY\"").doesNotContain("sk-");
    }

    @Test
    void malformedEndpointsFileNamesTheField() throws Exception {
        Path f = tmp.resolve("endpoints.json");
        Files.writeString(f, "{\"endpoints\":[{\"name\":\"a\",\"baseUrl\":\"http://h/v1\",\"model\":\"m\"},"
                + "{\"name\":\"b\",\"baseUrl\":\"ftp://h\",\"model\":\"m\"}]}");
        assertThatThrownBy(() -> new EndpointStore(f).list()).hasMessageContaining(f.toString())
                .hasMessageContaining("endpoints[1]").hasMessageContaining("http(s) URL");
        Files.writeString(f, "{\"endpoints\":[{\"name\":\"a\",\"model\":\"m\"}]}");
        assertThatThrownBy(() -> new EndpointStore(f).list()).hasMessageContaining("endpoints[0].baseUrl: missing");
    }

    @Test
    void keyFromTheEnvironmentOrAMissingVariable() {
        VlmEndpoint ep = VlmEndpoint.of("http://h/v1", "m").withApiKeyEnv("MY_KEY");
        ApiKeyResolver r = new ApiKeyResolver(Map.of("MY_KEY", "sk-abc123"), "secret-tool");
        ApiKey key = r.resolve(ep).orElseThrow();
        assertThat(key.value()).isEqualTo("sk-abc123");
        assertThat(key.toString()).doesNotContain("sk-abc123");
        VlmException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new ApiKeyResolver(Map.of(), "secret-tool").resolve(ep), VlmException.class);
        assertThat(e.kind()).isEqualTo(VlmException.Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains("MY_KEY is not set");
        assertThat(new ApiKeyResolver(Map.of(), "secret-tool").resolve(VlmEndpoint.of("http://h/v1", "m")))
                .isEmpty();
    }

    @Test
    void keyFromTheCredentialStoreProgram() throws Exception {
        Path tool = tmp.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\n[ \"$1 $2 $3 $4 $5\" = \"lookup service promptcanvas endpoint my-vllm\" ]"
                + " && printf 'sk-from-keyring' && exit 0\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        ApiKeyResolver r = new ApiKeyResolver(Map.of(), tool.toString());
        Optional<ApiKey> key = r.resolve(VlmEndpoint.of("http://h/v1", "m").withCredentialKey("my-vllm"));
        assertThat(key.orElseThrow().value()).isEqualTo("sk-from-keyring");
        assertThat(key.get().origin()).contains("my-vllm");
        assertThatThrownBy(() -> r.resolve(VlmEndpoint.of("http://h/v1", "m").withCredentialKey("other")))
                .hasMessageContaining("no credential store entry 'other'").hasMessageContaining("secret-tool store");
        ApiKeyResolver missing = new ApiKeyResolver(Map.of(), tmp.resolve("nope").toString());
        assertThatThrownBy(() -> missing.resolve(VlmEndpoint.of("http://h/v1", "m").withCredentialKey("x")))
                .hasMessageContaining("libsecret-tools");
    }

    @Test
    void backoffGrowsWithJitterAndHonoursRetryAfter() {
        Random seeded = new Random(42);
        RetryPolicy p = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(30),
                seeded);
        for (int trial = 0; trial < 200; trial++) {
            int retry = 1 + seeded.nextInt(8);
            long cap = Math.min(1000, 100L << (retry - 1));
            long d = p.delay(retry, Optional.empty()).toMillis();
            assertThat(d).as("retry %d", retry).isBetween(cap / 2, cap);
        }
        assertThat(p.delay(1, Optional.of("7")).toSeconds()).isEqualTo(7);
        assertThat(p.delay(1, Optional.of("3600")).toSeconds()).isEqualTo(30);
        assertThat(p.delay(1, Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"))).isEqualTo(Duration.ZERO);
        assertThat(p.delay(1, Optional.of("soon")).toMillis()).isBetween(50L, 100L);
    }

    @Test
    void configDirFollowsTheWorkbench() {
        assertThat(VlmConfigDir.config(Map.of(), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/home/u/.config/promptcanvas"));
        assertThat(VlmConfigDir.config(Map.of("XDG_CONFIG_HOME", "/x"), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/x/promptcanvas"));
        assertThat(VlmConfigDir.config(Map.of("PROMPTCANVAS_HOME", "/p"), null, "/home/u", "Linux"))
                .isEqualTo(Path.of("/p/config"));
    }
}
