package dev.promptcanvas.inference.vlm.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Recorded model answers ({@code /vlm/replies.json}) and test images. */
final class Replies {

    private static final JsonNode ROOT;

    static {
        try (InputStream in = Replies.class.getResourceAsStream("/vlm/replies.json")) {
            ROOT = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Replies() {
    }

    static String answer(String name) {
        JsonNode n = ROOT.get("replies").get(name);
        if (n == null) {
            throw new IllegalArgumentException("no recorded reply " + name);
        }
        return n.get("answer").asText();
    }

    /** A light grey image with a dark disc (something for the segmenter to find). */
    static VlmImage image(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0xDDDDDD));
        g.fillRect(0, 0, w, h);
        g.setColor(new java.awt.Color(0x402010));
        g.fillOval(w / 4 + 20, h / 8 + 20, w / 2 - 40, h / 2);
        g.dispose();
        return new VlmImage(img, 7, "sha-test-" + w + "x" + h, "img.png");
    }

    /** The image of a request's first image part. */
    static BufferedImage sentImage(JsonNode body) throws IOException {
        String url = body.get("messages").get(0).get("content").get(0).get("image_url").get("url").asText();
        String b64 = url.substring(url.indexOf(',') + 1);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64)));
    }

    static String sentText(JsonNode body) {
        JsonNode parts = body.get("messages").get(0).get("content");
        return parts.get(parts.size() - 1).get("text").asText();
    }
}
