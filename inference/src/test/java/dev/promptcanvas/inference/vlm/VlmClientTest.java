package dev.promptcanvas.inference.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.inference.vlm.ChatServer.Reply;
import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The chat client against a real local chat-completions server: request shape, retries, errors, streaming. */
class VlmClientTest {

    static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5),
            new Random(7));

    static BufferedImage image() {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 2, 0xFF0000);
        return img;
    }

    static ChatRequest request() {
        return ChatRequest.of(ChatMessage.user("What is in the image?", ImageDataUrl.png(image())));
    }

    @Test
    void sendsModelMessagesAndImageAsDataUrlWithoutAuthorizationWhenNoKey() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("a red dot"))) {
            VlmClient client = new VlmClient(s.endpoint(), null, FAST);
            ChatAnswer a = client.complete(request());
            assertThat(a.text()).isEqualTo("a red dot");
            assertThat(a.finishReason()).isEqualTo("stop");
            assertThat(a.attempts()).isEqualTo(1);
            assertThat(a.promptTokens()).isEqualTo(100);
            ChatServer.Received r = s.requests.get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/chat/completions");
            assertThat(r.header("Authorization")).isNull();
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            JsonNode body = r.body();
            assertThat(body.get("model").asText()).isEqualTo("test-model");
            assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
            assertThat(body.get("temperature").asDouble()).isEqualTo(0.0);
            assertThat(body.has("stream")).isFalse();
            JsonNode msg = body.get("messages").get(0);
            assertThat(msg.get("role").asText()).isEqualTo("user");
            JsonNode parts = msg.get("content");
            assertThat(parts).hasSize(2);
            assertThat(parts.get(0).get("type").asText()).isEqualTo("image_url");
            String url = parts.get(0).get("image_url").get("url").asText();
            assertThat(url).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()));
            BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertThat(back.getWidth()).isEqualTo(8);
            assertThat(back.getRGB(3, 2) & 0xFFFFFF).isEqualTo(0xFF0000);
            assertThat(parts.get(1).get("type").asText()).isEqualTo("text");
            assertThat(parts.get(1).get("text").asText()).isEqualTo("What is in the image?");
        }
    }

    @Test
    void jpegImagesAreSentAsJpegDataUrls() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("ok"))) {
            new VlmClient(s.endpoint(), null, FAST).complete(ChatRequest.of(
                    ChatMessage.user("hi", ImageDataUrl.jpeg(image()))));
            String url = s.requests.get(0).body().get("messages").get(0).get("content").get(0).get("image_url")
                    .get("url").asText();
            assertThat(url).startsWith("data:image/jpeg;base64,/9j/");
        }
    }

    @Test
    void sendsTheKeyAsBearerAndNeverShowsItIn401Messages() throws Exception {
        String key = "sk-test-SECRET-1234";
        try (ChatServer s = new ChatServer(Reply.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: "
                + key + "\"}}"))) {
            ApiKey apiKey = new ApiKey(key, "environment variable TEST_KEY");
            VlmClient client = new VlmClient(s.endpoint(), apiKey, FAST);
            VlmException e = catchThrowableOfType(() -> client.complete(request()), VlmException.class);
            assertThat(s.requests.get(0).header("Authorization")).isEqualTo("Bearer " + key);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.UNAUTHORIZED);
            assertThat(e.getMessage()).contains(s.baseUrl() + "/chat/completions").contains("401")
                    .contains("check the API key").contains("TEST_KEY").doesNotContain(key);
            assertThat(e.toString()).doesNotContain(key);
            assertThat(apiKey.toString()).doesNotContain(key).contains("redacted");
            assertThat(s.requests).hasSize(1);
        }
    }

    @Test
    void endpointDownIsAConnectionErrorAfterTheRetries() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        VlmEndpoint ep = VlmEndpoint.of("http://127.0.0.1:" + port + "/v1", "m").withMaxRetries(2);
        VlmException e = catchThrowableOfType(() -> new VlmClient(ep, null, FAST).complete(request()),
                VlmException.class);
        assertThat(e.kind()).isEqualTo(VlmException.Kind.CONNECTION);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getMessage()).contains("http://127.0.0.1:" + port + "/v1/chat/completions")
                .contains("connection refused").contains("after 3 attempts");
    }

    @Test
    void retries429And503ThenSucceeds() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(429, "{\"error\":\"slow down\"}"),
                Reply.json(503, "busy"), Reply.answer("fine"))) {
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).complete(request());
            assertThat(a.text()).isEqualTo("fine");
            assertThat(a.attempts()).isEqualTo(3);
            assertThat(s.requests).hasSize(3);
        }
    }

    @Test
    void rateLimitExhaustedNamesTheRetries() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(429, "{\"error\":{\"message\":\"quota\"}}"))) {
            VlmEndpoint ep = s.endpoint().withMaxRetries(2);
            VlmException e = catchThrowableOfType(() -> new VlmClient(ep, null, FAST).complete(request()),
                    VlmException.class);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.RATE_LIMITED);
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.getMessage()).contains("429 Too Many Requests after 2 retries").contains("quota");
            assertThat(s.requests).hasSize(3);
        }
    }

    @Test
    void honoursRetryAfter() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(429, "{}").withHeader("Retry-After", "1"), Reply.answer("ok"))) {
            long t0 = System.nanoTime();
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).complete(request());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(a.attempts()).isEqualTo(2);
            assertThat(ms).isGreaterThanOrEqualTo(950);
            assertThat(a.latencyMs()).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void serverErrorCarriesABodyExcerpt() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(500, "{\"detail\":\"CUDA out of memory. Tried to allocate"
                + " 2.00 GiB\"}"))) {
            VlmEndpoint ep = s.endpoint().withMaxRetries(0);
            VlmException e = catchThrowableOfType(() -> new VlmClient(ep, null, FAST).complete(request()),
                    VlmException.class);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).contains("500 Internal Server Error: CUDA out of memory");
        }
    }

    @Test
    void unknownModel404IsRejectedWithAHint() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(404, "{\"error\":{\"message\":\"The model `x` does not"
                + " exist.\"}}"))) {
            VlmException e = catchThrowableOfType(() -> new VlmClient(s.endpoint(), null, FAST).complete(request()),
                    VlmException.class);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.REJECTED);
            assertThat(e.getMessage()).contains("404").contains("model name 'test-model'").contains("does not exist");
            assertThat(s.requests).hasSize(1);
        }
    }

    @Test
    void slowServerTimesOut() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("late").withDelay(3000))) {
            VlmEndpoint ep = s.endpoint().withRequestTimeout(Duration.ofMillis(500));
            long t0 = System.nanoTime();
            VlmException e = catchThrowableOfType(() -> new VlmClient(ep, null, FAST).complete(request()),
                    VlmException.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2500);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.TIMEOUT);
            assertThat(e.getMessage()).contains("within 0.5 s");
        }
    }

    @Test
    void malformedAnswersNameTheField() throws Exception {
        String[][] cases = {
            {"{\"choices\": [", "not valid JSON at line 1"},
            {"{\"object\": \"chat.completion\"}", "choices: missing"},
            {"{\"choices\": []}", "choices: empty"},
            {"{\"choices\": [{\"message\": {\"content\": 42}}]}", "choices[0].message.content: expected a string"},
            {"<html>proxy error</html>", "not valid JSON"},
        };
        for (String[] c : cases) {
            try (ChatServer s = new ChatServer(Reply.json(200, c[0]))) {
                VlmException e = catchThrowableOfType(() -> new VlmClient(s.endpoint(), null, FAST)
                        .complete(request()), VlmException.class);
                assertThat(e.kind()).as(c[0]).isEqualTo(VlmException.Kind.MALFORMED_RESPONSE);
                assertThat(e.getMessage()).as(c[0]).contains("malformed answer").contains(c[1]);
            }
        }
    }

    @Test
    void answerCutAtTheTokenLimitIsMarkedTruncated() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("```json\n[{\"bbox_2d\": [1, 2,", "length"))) {
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).complete(request());
            assertThat(a.truncated()).isTrue();
            assertThat(a.text()).endsWith("[1, 2,");
        }
    }

    @Test
    void streamsAndAssemblesDeltas() throws Exception {
        try (ChatServer s = new ChatServer(Reply.stream(List.of("A brown ", "dog ", "on a bed."), true))) {
            List<String> pieces = new CopyOnWriteArrayList<>();
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).start(request().withStream(true), pieces::add)
                    .await();
            assertThat(a.text()).isEqualTo("A brown dog on a bed.");
            assertThat(a.streamed()).isTrue();
            assertThat(a.finishReason()).isEqualTo("stop");
            assertThat(pieces).containsExactly("A brown ", "dog ", "on a bed.");
            assertThat(s.requests.get(0).body().get("stream").asBoolean()).isTrue();
            assertThat(s.requests.get(0).header("Accept")).isEqualTo("text/event-stream");
        }
    }

    @Test
    void aStreamCutOffIsIncomplete() throws Exception {
        try (ChatServer s = new ChatServer(Reply.stream(List.of("<ground>man</ground><objects><obj1>"), false))) {
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).start(request().withStream(true), null).await();
            assertThat(a.finishReason()).isEqualTo(ChatAnswer.INCOMPLETE);
            assertThat(a.truncated()).isTrue();
        }
    }

    @Test
    void aServerIgnoringStreamStillAnswers() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("plain"))) {
            ChatAnswer a = new VlmClient(s.endpoint(), null, FAST).start(request().withStream(true), null).await();
            assertThat(a.text()).isEqualTo("plain");
            assertThat(a.streamed()).isFalse();
        }
    }

    @Test
    void malformedStreamEventIsReported() throws Exception {
        Reply bad = new Reply(200, java.util.Map.of("Content-Type", "text/event-stream"), null,
                List.of("{\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}", "{oops"), 0);
        try (ChatServer s = new ChatServer(bad)) {
            VlmException e = catchThrowableOfType(() -> new VlmClient(s.endpoint(), null, FAST)
                    .start(request().withStream(true), null).await(), VlmException.class);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("stream event 2 is not valid JSON");
        }
    }

    @Test
    void cancelAbortsTheCallInFlight() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("never").withDelay(5000))) {
            VlmCall call = new VlmClient(s.endpoint(), null, FAST).start(request(), null);
            Thread.sleep(200);
            long t0 = System.nanoTime();
            call.cancel();
            VlmException e = catchThrowableOfType(call::await, VlmException.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.CANCELLED);
            assertThat(call.isCancelled()).isTrue();
        }
    }

    @Test
    void cancelStopsTheWaitBeforeARetry() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(429, "{}").withHeader("Retry-After", "30"), Reply.answer("x"))) {
            VlmCall call = new VlmClient(s.endpoint(), null, FAST).start(request(), null);
            for (int i = 0; i < 100 && s.requests.isEmpty(); i++) {
                Thread.sleep(20);
            }
            Thread.sleep(100);
            call.cancel();
            VlmException e = catchThrowableOfType(call::await, VlmException.class);
            assertThat(e.kind()).isEqualTo(VlmException.Kind.CANCELLED);
            Thread.sleep(200);
            assertThat(s.requests).hasSize(1);
        }
    }
}
