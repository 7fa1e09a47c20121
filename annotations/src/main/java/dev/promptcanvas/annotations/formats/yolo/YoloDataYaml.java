package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.FormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an Ultralytics {@code data.yaml} that matter here: {@code path}, the split entries ({@code train},
 * {@code val}, {@code test}: a folder or list file, or a list of them) and {@code names} (a list, or a map from class
 * id to name). Reads the YAML subset these files use (block and flow lists and maps of scalars, quoted or not,
 * comments); anything else is ignored.
 *
 * @param path the {@code path} entry, or null
 * @param splits split name to its entries, in file order
 * @param names class names by id 0, 1, 2 ...
 */
record YoloDataYaml(String path, Map<String, List<String>> splits, List<String> names) {

    static final List<String> SPLIT_KEYS = List.of("train", "val", "test");

    /** Parses a data.yaml; errors name the file and the key. */
    static YoloDataYaml read(Path file) throws IOException, FormatException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Object> top = new LinkedHashMap<>();
        String key = null;
        List<String> block = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? stripComment(lines.get(i)) : "";
            boolean end = i == lines.size();
            if (!end && line.isBlank()) {
                continue;
            }
            boolean indented = !end && (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-"));
            if (indented && key != null) {
                block.add(line.strip());
                continue;
            }
            if (key != null && !block.isEmpty()) {
                top.put(key, parseBlock(block, file, key));
            }
            block = new ArrayList<>();
            key = null;
            if (end || indented) {
                continue;
            }
            int colon = keyColon(line);
            if (colon < 0) {
                throw new FormatException(file, "line " + (i + 1), "expected 'key: value', got '" + line.strip() + "'");
            }
            String k = unquote(line.substring(0, colon).strip());
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                key = k;
                top.put(k, null);
            } else {
                top.put(k, parseFlow(value, file, k));
            }
        }
        return new YoloDataYaml(scalar(top.get("path"), file, "path"), splits(top, file), names(top, file));
    }

    private static Map<String, List<String>> splits(Map<String, Object> top, Path file) throws FormatException {
        Map<String, List<String>> splits = new LinkedHashMap<>();
        for (String k : SPLIT_KEYS) {
            Object v = top.get(k);
            if (v == null) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            if (v instanceof String s) {
                if (!s.isEmpty() && !s.equals("null") && !s.equals("~")) {
                    entries.add(s);
                }
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    entries.add(scalar(o, file, k));
                }
            } else {
                throw new FormatException(file, k, "expected a path or a list of paths");
            }
            if (!entries.isEmpty()) {
                splits.put(k, entries);
            }
        }
        if (splits.isEmpty()) {
            throw new FormatException(file, "train", "missing: data.yaml names no train, val or test images");
        }
        return splits;
    }

    private static List<String> names(Map<String, Object> top, Path file) throws FormatException {
        Object v = top.get("names");
        if (v == null) {
            throw new FormatException(file, "names", "missing");
        }
        List<String> names = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                names.add(scalar(o, file, "names[" + names.size() + "]"));
            }
        } else if (v instanceof Map<?, ?> map) {
            TreeMap<Integer, String> byId = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                int id;
                try {
                    id = Integer.parseInt(e.getKey().toString());
                } catch (NumberFormatException ex) {
                    throw new FormatException(file, "names." + e.getKey(), "class ids must be integers");
                }
                byId.put(id, scalar(e.getValue(), file, "names." + id));
            }
            int expected = 0;
            for (Map.Entry<Integer, String> e : byId.entrySet()) {
                if (e.getKey() != expected) {
                    throw new FormatException(file, "names", "class ids must run 0, 1, 2 ... without gaps; "
                            + expected + " is missing");
                }
                names.add(e.getValue());
                expected++;
            }
        } else {
            throw new FormatException(file, "names", "expected a list or a map of class names");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                throw new FormatException(file, "names[" + i + "]", "class name is empty");
            }
        }
        if (names.isEmpty()) {
            throw new FormatException(file, "names", "no class names");
        }
        if (top.get("nc") instanceof String nc && !nc.equals(Integer.toString(names.size()))) {
            throw new FormatException(file, "nc", "nc is " + nc + " but names has " + names.size() + " entries");
        }
        return names;
    }

    private static String scalar(Object v, Path file, String field) throws FormatException {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new FormatException(file, field, "expected a single value");
    }

    private static Object parseBlock(List<String> block, Path file, String key) throws FormatException {
        if (block.get(0).startsWith("-")) {
            List<Object> list = new ArrayList<>();
            for (String item : block) {
                if (!item.startsWith("-")) {
                    throw new FormatException(file, key, "mixes list items and other lines: '" + item + "'");
                }
                list.add(unquote(item.substring(1).strip()));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String item : block) {
            int colon = keyColon(item);
            if (colon < 0) {
                throw new FormatException(file, key, "expected 'key: value', got '" + item + "'");
            }
            map.put(unquote(item.substring(0, colon).strip()), unquote(item.substring(colon + 1).strip()));
        }
        return map;
    }

    private static Object parseFlow(String value, Path file, String key) throws FormatException {
        if (value.startsWith("[")) {
            if (!value.endsWith("]")) {
                throw new FormatException(file, key, "unclosed '['");
            }
            List<Object> list = new ArrayList<>();
            for (String item : splitFlow(value.substring(1, value.length() - 1))) {
                list.add(unquote(item));
            }
            return list;
        } else if (value.startsWith("{")) {
            if (!value.endsWith("}")) {
                throw new FormatException(file, key, "unclosed '{'");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (String item : splitFlow(value.substring(1, value.length() - 1))) {
                int colon = keyColon(item);
                if (colon < 0) {
                    throw new FormatException(file, key, "expected 'key: value', got '" + item + "'");
                }
                map.put(unquote(item.substring(0, colon).strip()), unquote(item.substring(colon + 1).strip()));
            }
            return map;
        }
        return unquote(value);
    }

    /** Splits a flow collection's inside on commas outside quotes. */
    private static List<String> splitFlow(String inside) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < inside.length()) {
                    current.append(c);
                    c = inside.charAt(++i);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                items.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            items.add(current.toString().strip());
        }
        return items;
    }

    /** The colon that ends a key (outside quotes, followed by a space or the end), or -1. */
    private static int keyColon(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            String inner = s.substring(1, s.length() - 1);
            StringBuilder out = new StringBuilder(inner.length());
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char n = inner.charAt(++i);
                    switch (n) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            if (i + 4 < inner.length()) {
                                out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                        }
                        default -> out.append(n);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return s;
    }

    /** A YAML double-quoted scalar (JSON escaping is valid YAML). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
