package dev.promptcanvas.annotations.mask;

import java.util.Arrays;

/** Turns a flat byte mask into COCO run lengths (zeros first), as pycocotools' {@code rleEncode} does. */
final class RleScanner {

    private RleScanner() {
    }

    static int[] runs(byte[] m, int n) {
        int[] cnts = new int[16];
        int k = 0;
        boolean p = false;
        int runStart = 0;
        for (int j = 0; j < n; j++) {
            boolean v = m[j] != 0;
            if (v != p) {
                if (k == cnts.length) {
                    cnts = Arrays.copyOf(cnts, k * 2);
                }
                cnts[k++] = j - runStart;
                runStart = j;
                p = v;
            }
        }
        if (k == cnts.length) {
            cnts = Arrays.copyOf(cnts, k + 1);
        }
        cnts[k++] = n - runStart;
        return Arrays.copyOf(cnts, k);
    }
}
