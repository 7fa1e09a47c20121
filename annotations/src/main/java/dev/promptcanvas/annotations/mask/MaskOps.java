package dev.promptcanvas.annotations.mask;

import java.util.List;

/**
 * Set operations and overlap measures on COCO RLE masks, computed directly on the runs (no decoding).
 *
 * <p>Union, intersection and {@link #merge} follow pycocotools' {@code rleMerge} run for run, so their counts are
 * exactly what pycocotools returns; {@link #iou} follows {@code rleIou}. All operands must have the same size.
 */
public final class MaskOps {

    private static final int OR = 0;
    private static final int AND = 1;
    private static final int AND_NOT = 2;

    private MaskOps() {
    }

    /** Pixels set in a or b. */
    public static Rle union(Rle a, Rle b) {
        return combine(a, b, OR);
    }

    /** Pixels set in both a and b. */
    public static Rle intersection(Rle a, Rle b) {
        return combine(a, b, AND);
    }

    /** Pixels set in a and not in b. */
    public static Rle difference(Rle a, Rle b) {
        return combine(a, b, AND_NOT);
    }

    /**
     * pycocotools' {@code merge}: the union (or, with {@code intersect}, the intersection) of all masks, folded left
     * to right. A single mask comes back unchanged.
     */
    public static Rle merge(List<Rle> masks, boolean intersect) {
        if (masks == null || masks.isEmpty()) {
            throw new IllegalArgumentException("merge needs at least one mask");
        }
        Rle result = masks.get(0);
        for (int i = 1; i < masks.size(); i++) {
            requireSameSize(result, masks.get(i), "merge (mask " + i + ")");
            result = combine(result, masks.get(i), intersect ? AND : OR);
        }
        return result;
    }

    /** Intersection over union |a∩b| / |a∪b| (pycocotools' non-crowd IoU); 0 when nothing overlaps. */
    public static double iou(Rle a, Rle b) {
        return iou(a, b, false);
    }

    /**
     * pycocotools' IoU of a detection against a ground truth: |d∩g| / |d∪g|, or |d∩g| / |d| when the ground truth
     * is a crowd region; 0 when nothing overlaps.
     */
    public static double iou(Rle detection, Rle groundTruth, boolean crowd) {
        requireSameSize(detection, groundTruth, "iou");
        long[] interUnion = intersectionAndUnion(detection, groundTruth);
        long inter = interUnion[0];
        if (inter == 0) {
            return 0;
        }
        long denominator = crowd ? detection.area() : interUnion[1];
        return (double) inter / (double) denominator;
    }

    /** The number of pixels set in both masks. */
    public static long intersectionArea(Rle a, Rle b) {
        requireSameSize(a, b, "intersectionArea");
        return intersectionAndUnion(a, b)[0];
    }

    private static Rle combine(Rle a, Rle b, int op) {
        requireSameSize(a, b, opName(op));
        int[] ac = a.rawCounts();
        int[] bc = b.rawCounts();
        int[] out = new int[ac.length + bc.length + 2];
        int m = 0;
        long ca = ac.length > 0 ? ac[0] : 0;
        long cb = bc.length > 0 ? bc[0] : 0;
        int ia = 1;
        int ib = 1;
        boolean va = false;
        boolean vb = false;
        boolean v = false;
        long run = 0;
        boolean more = true;
        while (more) {
            long c = Math.min(ca, cb);
            run += c;
            ca -= c;
            if (ca == 0 && ia < ac.length) {
                ca = ac[ia++];
                va = !va;
            }
            cb -= c;
            if (cb == 0 && ib < bc.length) {
                cb = bc[ib++];
                vb = !vb;
            }
            more = ca > 0 || cb > 0;
            boolean previous = v;
            v = op == OR ? va || vb : op == AND ? va && vb : va && !vb;
            if (v != previous || !more) {
                out[m++] = (int) run;
                run = 0;
            }
        }
        return Rle.ofTrustedCounts(a.height(), a.width(), java.util.Arrays.copyOf(out, m));
    }

    private static long[] intersectionAndUnion(Rle a, Rle b) {
        int[] ac = a.rawCounts();
        int[] bc = b.rawCounts();
        long ca = ac.length > 0 ? ac[0] : 0;
        long cb = bc.length > 0 ? bc[0] : 0;
        int ia = 1;
        int ib = 1;
        boolean va = false;
        boolean vb = false;
        long inter = 0;
        long union = 0;
        boolean more = true;
        while (more) {
            long c = Math.min(ca, cb);
            if (va || vb) {
                union += c;
                if (va && vb) {
                    inter += c;
                }
            }
            ca -= c;
            if (ca == 0 && ia < ac.length) {
                ca = ac[ia++];
                va = !va;
            }
            cb -= c;
            if (cb == 0 && ib < bc.length) {
                cb = bc[ib++];
                vb = !vb;
            }
            more = ca > 0 || cb > 0;
        }
        return new long[] {inter, union};
    }

    private static String opName(int op) {
        return op == OR ? "union" : op == AND ? "intersection" : "difference";
    }

    static void requireSameSize(Rle a, Rle b, String operation) {
        if (a == null || b == null) {
            throw new IllegalArgumentException(operation + ": mask is null");
        }
        if (a.height() != b.height() || a.width() != b.width()) {
            throw new IllegalArgumentException(operation + ": mask sizes differ ([" + a.height() + ", " + a.width()
                    + "] vs [" + b.height() + ", " + b.width() + "])");
        }
    }
}
