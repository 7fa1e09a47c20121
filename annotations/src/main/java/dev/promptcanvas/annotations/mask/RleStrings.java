package dev.promptcanvas.annotations.mask;

import java.util.Arrays;

/** pycocotools' compressed RLE counts string ({@code rleToString} / {@code rleFrString}). */
final class RleStrings {

    private RleStrings() {
    }

    static String encode(int[] cnts) {
        StringBuilder s = new StringBuilder(cnts.length * 2);
        for (int i = 0; i < cnts.length; i++) {
            long x = cnts[i];
            if (i > 2) {
                x -= cnts[i - 2];
            }
            boolean more = true;
            while (more) {
                long c = x & 0x1f;
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                s.append((char) (c + 48));
            }
        }
        return s.toString();
    }

    static int[] decode(String s) {
        int[] cnts = new int[Math.max(4, s.length())];
        int m = 0;
        int p = 0;
        int len = s.length();
        while (p < len) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= len) {
                    throw new IllegalArgumentException("RLE string ends inside a count at character " + p);
                }
                int c = s.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("RLE string has an invalid character '" + s.charAt(p)
                            + "' at " + p);
                }
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (k > 7) {
                    throw new IllegalArgumentException("RLE string has an over-long count at character " + p);
                }
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (m > 2) {
                x += cnts[m - 2];
            }
            if (x < 0 || x > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("RLE string decodes to an invalid count " + x + " (run " + m + ")");
            }
            cnts[m++] = (int) x;
        }
        return Arrays.copyOf(cnts, m);
    }
}
