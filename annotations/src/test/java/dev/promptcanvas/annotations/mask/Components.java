package dev.promptcanvas.annotations.mask;

import java.util.ArrayDeque;

/** Connected-component counting by flood fill on column-major masks, as an independent test oracle. */
final class Components {

    private Components() {
    }

    /** Labels of the components of pixels equal to {@code value}; 0 = not such a pixel. */
    static int[] label(byte[] m, int h, int w, boolean value, boolean eightConnected) {
        int[] labels = new int[m.length];
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < m.length; start++) {
            if ((m[start] != 0) != value || labels[start] != 0) {
                continue;
            }
            labels[start] = ++next;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int x = p / h;
                int y = p % h;
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        if ((dx == 0 && dy == 0) || (!eightConnected && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int nx = x + dx;
                        int ny = y + dy;
                        int q = nx * h + ny;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && (m[q] != 0) == value && labels[q] == 0) {
                            labels[q] = next;
                            queue.add(q);
                        }
                    }
                }
            }
        }
        return labels;
    }

    static int count(byte[] m, int h, int w, boolean value, boolean eightConnected) {
        int max = 0;
        for (int l : label(m, h, w, value, eightConnected)) {
            max = Math.max(max, l);
        }
        return max;
    }

    /**
     * The holes of the 4-connected foreground regions: for each region on its own, the 4-connected pieces of
     * everything else that do not reach the image border.
     */
    static int holes(byte[] m, int h, int w) {
        int[] regions = label(m, h, w, true, false);
        int count = 0;
        for (int l : regions) {
            count = Math.max(count, l);
        }
        int holes = 0;
        for (int r = 1; r <= count; r++) {
            byte[] only = new byte[m.length];
            for (int i = 0; i < m.length; i++) {
                only[i] = (byte) (regions[i] == r ? 1 : 0);
            }
            holes += enclosedBackground(only, h, w);
        }
        return holes;
    }

    /** Background components (4-connected) that do not touch the image border. */
    static int enclosedBackground(byte[] m, int h, int w) {
        int[] labels = label(m, h, w, false, false);
        int total = 0;
        for (int l : labels) {
            total = Math.max(total, l);
        }
        boolean[] touches = new boolean[total + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    touches[labels[x * h + y]] = true;
                }
            }
        }
        int holes = 0;
        for (int l = 1; l <= total; l++) {
            holes += touches[l] ? 0 : 1;
        }
        return holes;
    }

    /** The mask with every hole filled. */
    static byte[] filled(byte[] m, int h, int w) {
        int[] labels = label(m, h, w, false, false);
        boolean[] outside = new boolean[m.length + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    outside[labels[x * h + y]] = true;
                }
            }
        }
        byte[] out = new byte[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = (byte) (m[i] != 0 || !outside[labels[i]] ? 1 : 0);
        }
        return out;
    }
}
