package dev.promptcanvas.annotations.eval;

import java.util.ArrayList;
import java.util.List;

/** A plain-text grid: a header, rows, and separator lines between row groups; text left, numbers right. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
    }

    /** A separator line before the next row. */
    void separator() {
        rows.add(null);
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
        }
        for (List<String> r : rows) {
            if (r != null) {
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], r.get(c).length());
                }
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, widths, '-');
        cells(s, widths, header);
        line(s, widths, '=');
        for (List<String> r : rows) {
            if (r == null) {
                line(s, widths, '-');
            } else {
                cells(s, widths, r);
            }
        }
        line(s, widths, '-');
        return s.toString();
    }

    private static void line(StringBuilder s, int[] widths, char fill) {
        s.append('+');
        for (int w : widths) {
            s.append(String.valueOf(fill).repeat(w + 2)).append('+');
        }
        s.append('\n');
    }

    private static void cells(StringBuilder s, int[] widths, List<String> cells) {
        s.append('|');
        for (int c = 0; c < widths.length; c++) {
            String v = cells.get(c);
            String pad = " ".repeat(widths[c] - v.length());
            boolean numeric = !v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.charAt(0) == '-' && v.length() > 1);
            s.append(' ').append(numeric ? pad + v : v + pad).append(" |");
        }
        s.append('\n');
    }
}
