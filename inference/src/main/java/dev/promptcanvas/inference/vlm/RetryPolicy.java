package dev.promptcanvas.inference.vlm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retry n: exponential backoff {@code base * 2^(n-1)} capped at {@code maxDelay}, with
 * jitter (a random value between half and all of it), unless the server's {@code Retry-After} says how long
 * (honoured up to {@code maxRetryAfter}).
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, RandomGenerator random) {

    public RetryPolicy {
        if (baseDelay == null || baseDelay.isNegative() || maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("retry policy: need 0 <= baseDelay <= maxDelay");
        }
        maxRetryAfter = maxRetryAfter == null ? Duration.ofSeconds(60) : maxRetryAfter;
        random = random == null ? RandomGenerator.getDefault() : random;
    }

    /** 500 ms doubling up to 8 s; Retry-After honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), null);
    }

    /**
     * @param retry      1 for the first retry
     * @param retryAfter the server's Retry-After header value, if any
     */
    public Duration delay(int retry, Optional<String> retryAfter) {
        Optional<Duration> asked = retryAfter.flatMap(RetryPolicy::parseRetryAfter);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.get();
        }
        long base = baseDelay.toMillis();
        long ms = Math.min(maxDelay.toMillis(), base << Math.min(30, Math.max(0, retry - 1)));
        long half = ms / 2;
        return Duration.ofMillis(half + (ms - half == 0 ? 0 : random.nextLong(ms - half + 1)));
    }

    /** Retry-After as delta-seconds or an HTTP date (RFC 1123); empty when unreadable. */
    static Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long s = Long.parseLong(v);
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
