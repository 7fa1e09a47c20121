package dev.promptcanvas.inference.vlm;

import java.util.List;

/** One chat message: a role ("system", "user", "assistant") and its content parts in order. */
public record ChatMessage(String role, List<ContentPart> content) {

    public ChatMessage {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("chat message: role is required");
        }
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("chat message: no content");
        }
    }

    public static ChatMessage system(String text) {
        return new ChatMessage("system", List.of(new ContentPart.Text(text)));
    }

    public static ChatMessage user(List<ContentPart> parts) {
        return new ChatMessage("user", parts);
    }

    /** A user turn: the images first, then the text (the order Qwen-VL and LLaVA examples use). */
    public static ChatMessage user(String text, ImageDataUrl... images) {
        List<ContentPart> parts = new java.util.ArrayList<>();
        for (ImageDataUrl i : images) {
            parts.add(ContentPart.image(i));
        }
        parts.add(new ContentPart.Text(text));
        return new ChatMessage("user", parts);
    }

    /** The text parts joined by newlines. */
    public String text() {
        return String.join("\n", content.stream().filter(p -> p instanceof ContentPart.Text)
                .map(p -> ((ContentPart.Text) p).text()).toList());
    }
}
