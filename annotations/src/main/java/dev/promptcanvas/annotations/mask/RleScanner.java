package dev.promptcanvas.annotations.mask;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Turns a flat byte mask into COCO run lengths (zeros first), as pycocotools' {@code rleEncode} does for 0/1 masks.
 *
 * <p>Any non-zero byte counts as foreground. Uniform stretches are skipped eight bytes at a time: a zero run ends at
 * the first non-zero byte of a long, a foreground run at the first zero byte (found with the "has a zero byte" bit
 * trick, whose lowest flagged byte is always exact).
 */
final class RleScanner {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private RleScanner() {
    }

    static int[] runs(byte[] m, int n) {
        int[] cnts = new int[16];
        int k = 0;
        int runStart = 0;
        boolean foreground = false;
        while (true) {
            int next = foreground ? nextZero(m, runStart, n) : nextNonZero(m, runStart, n);
            if (k == cnts.length) {
                cnts = Arrays.copyOf(cnts, k * 2);
            }
            cnts[k++] = next - runStart;
            if (next == n) {
                return Arrays.copyOf(cnts, k);
            }
            runStart = next;
            foreground = !foreground;
        }
    }

    /** Index of the first non-zero byte in [from, n), or n. */
    static int nextNonZero(byte[] m, int from, int n) {
        int j = from;
        int limit = n - 8;
        while (j <= limit) {
            long v = (long) LONGS.get(m, j);
            if (v != 0) {
                return j + (Long.numberOfTrailingZeros(v) >>> 3);
            }
            j += 8;
        }
        while (j < n && m[j] == 0) {
            j++;
        }
        return j;
    }

    /** Index of the first zero byte in [from, n), or n. */
    static int nextZero(byte[] m, int from, int n) {
        int j = from;
        int limit = n - 8;
        while (j <= limit) {
            long v = (long) LONGS.get(m, j);
            long zeros = (v - ONES) & ~v & HIGHS;
            if (zeros != 0) {
                return j + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            j += 8;
        }
        while (j < n && m[j] != 0) {
            j++;
        }
        return j;
    }
}
