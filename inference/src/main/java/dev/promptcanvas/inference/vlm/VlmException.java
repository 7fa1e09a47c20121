package dev.promptcanvas.inference.vlm;

/**
 * A failed model call, with what went wrong as a {@link Kind} and a message that names the URL ("POST
 * http://localhost:8000/v1/chat/completions: 401 Unauthorized, check the API key ..."). Messages never contain
 * the API key.
 */
public final class VlmException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** The endpoint settings are unusable (bad URL, API key variable not set, credential store missing). */
        CONFIGURATION,
        /** The server could not be reached (connection refused, unknown host). */
        CONNECTION,
        /** 401 or 403: the API key is missing or wrong. */
        UNAUTHORIZED,
        /** 429 after every retry. */
        RATE_LIMITED,
        /** 5xx after every retry. */
        SERVER_ERROR,
        /** Another 4xx (unknown model, request too large, ...). */
        REJECTED,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** The server answered, but not with a chat completion we can read. */
        MALFORMED_RESPONSE,
        /** The call was cancelled. */
        CANCELLED
    }

    private final Kind kind;
    private final String url;
    private final int status;
    private final int attempts;

    public VlmException(Kind kind, String url, int status, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.url = url;
        this.status = status;
        this.attempts = attempts;
    }

    public VlmException(Kind kind, String url, String message) {
        this(kind, url, 0, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The URL called (null for configuration problems found before any call). */
    public String url() {
        return url;
    }

    /** The last HTTP status, 0 when there was none. */
    public int status() {
        return status;
    }

    /** How many HTTP attempts were made. */
    public int attempts() {
        return attempts;
    }

    /** Whether retrying later may help (rate limits, server errors, timeouts, connection problems). */
    public boolean transientFailure() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR || kind == Kind.TIMEOUT
                || kind == Kind.CONNECTION;
    }
}
