package dev.promptcanvas.inference.vlm;

/** One part of a chat message's content: text, or an image given as a URL (PromptCanvas sends data URLs). */
public sealed interface ContentPart permits ContentPart.Text, ContentPart.Image {

    /** A text part ({@code {"type": "text", "text": ...}}). */
    record Text(String text) implements ContentPart {
        public Text {
            if (text == null) {
                throw new IllegalArgumentException("text part: text is required");
            }
        }
    }

    /**
     * An image part ({@code {"type": "image_url", "image_url": {"url": ...}}}).
     *
     * @param url a {@code data:image/png;base64,...} URL (or an http URL the server can fetch)
     */
    record Image(String url) implements ContentPart {
        public Image {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("image part: url is required");
            }
        }

        @Override
        public String toString() {
            return "Image[" + (url.length() > 40 ? url.substring(0, 40) + "... (" + url.length() + " chars)" : url)
                    + "]";
        }
    }

    static ContentPart text(String text) {
        return new Text(text);
    }

    static ContentPart image(ImageDataUrl data) {
        return new Image(data.url());
    }
}
