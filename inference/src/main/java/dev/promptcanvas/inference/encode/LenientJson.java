package dev.promptcanvas.inference.encode;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Finds and reads the JSON in a model's answer: inside a {@code ```json} (or bare {@code ```}) fence when there
 * is one, else from the first {@code [} or {@code &#123;}. Single quotes, trailing commas and unquoted names are
 * accepted; a value cut off mid-way (answer truncated) is repaired by keeping every element that was complete and
 * closing the brackets, as the Qwen cookbook does with {@code rfind('"}') + "]"}.
 */
final class LenientJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    private static final int MAX_REPAIR_TRIES = 64;

    /** The JSON found, where it was, and whatever text lay outside it. */
    record Found(JsonNode json, int start, int end, String outside) {
    }

    private LenientJson() {
    }

    /** The first JSON value in the answer, or null (with a diagnostic) when there is none that can be read. */
    static Found find(String answer, AnswerBuilder out) {
        String lower = answer.toLowerCase(Locale.ROOT);
        int fence = lower.indexOf("```json");
        int bodyStart;
        int bodyEnd;
        int blockEnd;
        if (fence >= 0 || lower.contains("```")) {
            int open = fence >= 0 ? fence : lower.indexOf("```");
            bodyStart = answer.indexOf('\n', open);
            bodyStart = bodyStart < 0 ? open + (fence >= 0 ? 7 : 3) : bodyStart + 1;
            int close = answer.indexOf("```", bodyStart);
            if (close < 0) {
                out.info("fence-unclosed", "the ``` code fence is not closed (answer truncated?)");
                bodyEnd = answer.length();
                blockEnd = answer.length();
            } else {
                bodyEnd = close;
                blockEnd = close + 3;
            }
            int jsonStart = firstBracket(answer, bodyStart, bodyEnd);
            if (jsonStart < 0) {
                return null;
            }
            JsonNode node = read(answer.substring(jsonStart, bodyEnd), out);
            String outside = (answer.substring(0, open) + " " + answer.substring(blockEnd)).strip();
            return node == null ? null : new Found(node, jsonStart, bodyEnd, outside);
        }
        int jsonStart = firstBracket(answer, 0, answer.length());
        if (jsonStart < 0) {
            return null;
        }
        int end = matchingEnd(answer, jsonStart);
        JsonNode node = read(answer.substring(jsonStart, end), out);
        String outside = (answer.substring(0, jsonStart) + " " + answer.substring(end)).strip();
        return node == null ? null : new Found(node, jsonStart, end, outside);
    }

    private static int firstBracket(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    /** Where the value starting at {@code start} ends (after its closing bracket), or the text's end. */
    private static int matchingEnd(String s, int start) {
        Deque<Character> stack = new ArrayDeque<>();
        boolean inString = false;
        char quote = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '[' || c == '{') {
                stack.push(c);
            } else if (c == ']' || c == '}') {
                stack.poll();
                if (stack.isEmpty()) {
                    return i + 1;
                }
            }
        }
        return s.length();
    }

    /** Reads a JSON text; when it is cut off, keeps what was complete. Null when nothing can be read. */
    static JsonNode read(String json, AnswerBuilder out) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception first) {
            List<Integer> cuts = new ArrayList<>();
            List<String> closers = new ArrayList<>();
            Deque<Character> stack = new ArrayDeque<>();
            boolean inString = false;
            char quote = 0;
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        inString = false;
                    }
                    continue;
                }
                if (c == '"' || c == '\'') {
                    inString = true;
                    quote = c;
                } else if (c == '[' || c == '{') {
                    stack.push(c);
                } else if (c == ']' || c == '}') {
                    stack.poll();
                    if (!stack.isEmpty()) {
                        cuts.add(i + 1);
                        StringBuilder close = new StringBuilder();
                        for (char open : stack) {
                            close.append(open == '[' ? ']' : '}');
                        }
                        closers.add(close.toString());
                    }
                }
            }
            for (int k = cuts.size() - 1, tries = 0; k >= 0 && tries < MAX_REPAIR_TRIES; k--, tries++) {
                try {
                    JsonNode node = MAPPER.readTree(json.substring(0, cuts.get(k)) + closers.get(k));
                    out.info("json-truncated", "the JSON is incomplete (answer cut off?); read up to character "
                            + cuts.get(k) + " of " + json.length());
                    return node;
                } catch (Exception ignored) {
                    // try an earlier cut
                }
            }
            out.warning("json-unreadable", "the JSON could not be read: " + first.getMessage().lines().findFirst()
                    .orElse(""));
            return null;
        }
    }
}
