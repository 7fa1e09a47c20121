package dev.promptcanvas.inference.vlm;

/**
 * An API key held in memory only. {@link #toString()} never shows it; only the client reads the value (to send
 * it as a bearer token and to scrub it from anything a server echoes back).
 */
public final class ApiKey {

    private final String value;
    private final String origin;

    /**
     * @param value  the secret
     * @param origin where it came from, for messages ("environment variable OPENAI_API_KEY")
     */
    public ApiKey(String value, String origin) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("API key from " + origin + " is empty");
        }
        this.value = value.strip();
        this.origin = origin;
    }

    /** Where the key came from ("environment variable X", "credential store entry Y"). */
    public String origin() {
        return origin;
    }

    String value() {
        return value;
    }

    /** The text with every occurrence of the key replaced by {@code ***}. */
    String scrub(String text) {
        return text == null ? null : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return "ApiKey[" + origin + ", redacted]";
    }
}
