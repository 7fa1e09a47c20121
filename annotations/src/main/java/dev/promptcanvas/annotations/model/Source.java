package dev.promptcanvas.annotations.model;

/**
 * Who made a piece of data: a person, or a model identified by id and version.
 *
 * <p>Written as text in one stable form: {@code human} or {@code model:ID@VERSION} (see {@link #toText()}).
 */
public record Source(String modelId, String modelVersion) {

    private static final Source HUMAN = new Source(null, null);

    public Source {
        if (modelId != null && modelId.isBlank()) {
            throw new IllegalArgumentException("source: blank model id");
        }
        if (modelId != null && (modelId.contains("@") || modelId.contains(":"))) {
            throw new IllegalArgumentException("source: model id may not contain '@' or ':' (" + modelId + ")");
        }
        if (modelId == null && modelVersion != null) {
            throw new IllegalArgumentException("source: a version needs a model id");
        }
    }

    public static Source human() {
        return HUMAN;
    }

    public static Source model(String id, String version) {
        return new Source(id, version == null ? "" : version);
    }

    public boolean isHuman() {
        return modelId == null;
    }

    public String toText() {
        return isHuman() ? "human" : "model:" + modelId + "@" + modelVersion;
    }

    /** Parses {@link #toText()}'s form. */
    public static Source parse(String text) {
        if (text == null || text.equals("human")) {
            return HUMAN;
        }
        if (!text.startsWith("model:")) {
            throw new IllegalArgumentException("source: expected 'human' or 'model:ID@VERSION', got '" + text + "'");
        }
        String rest = text.substring("model:".length());
        int at = rest.lastIndexOf('@');
        return at < 0 ? model(rest, "") : model(rest.substring(0, at), rest.substring(at + 1));
    }
}
