package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resizes low-resolution mask logits. Upsampling is bilinear with half-pixel centres (align_corners = false, edge
 * values repeated: PyTorch's {@code interpolate(..., align_corners=False)} and OpenCV's INTER_LINEAR) followed by
 * the threshold logit &gt; 0, written straight into column-major COCO RLE. Runs of rows whose two neighbouring
 * low-res samples have the same sign are filled without evaluating each pixel (a convex combination keeps the
 * sign); where the signs differ the value is monotonic along the run, so it changes sign once and adds at most two
 * runs. The cost is about one operation per low-res sample per column, even for speckled logits; masks of a
 * megapixel or more are split between the calling thread and one helper thread.
 */
public final class LogitsResampler {

    /** Masks with at least this many pixels are made by two threads, in {@link #CHUNKS} chunks of columns. */
    static final long PARALLEL_PIXELS = Long.getLong("promptcanvas.upsample.parallelPixels", 1L << 20);
    static final int CHUNKS = 16;
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread th = new Thread(r, "mask-upsampler");
        th.setDaemon(true);
        return th;
    });

    /** Per-thread column-major copies of the logits, grown as needed and reused. */
    private static final ThreadLocal<float[]> COLUMNS = ThreadLocal.withInitial(() -> new float[0]);

    /** Per-thread run buffers, grown as needed and reused. */
    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[1 << 12]);

    private LogitsResampler() {
    }

    /** The logits ({@code n}×{@code n}, row-major) upsampled to {@code width}×{@code height} and thresholded at 0. */
    public static Rle upsampleToRle(float[] logits, int n, int width, int height) {
        if (logits.length != n * n) {
            throw new IllegalArgumentException("logits hold " + logits.length + " values, expected " + n + "x" + n);
        }
        return upsampleToRle(logits, 0, n, width, height, SignTransitions.applies(n, height));
    }

    /** The n×n logits at {@code offset} of a bigger array (e.g. one candidate of a decoder output). */
    static Rle upsampleToRle(float[] logits, int offset, int n, int width, int height) {
        return upsampleToRle(logits, offset, n, width, height, SignTransitions.applies(n, height));
    }

    /** The same with a chosen kernel: by sign transitions (only where it applies) or group by group. */
    static Rle upsampleToRle(float[] logits, int n, int width, int height, boolean byTransitions) {
        if (logits.length != n * n) {
            throw new IllegalArgumentException("logits hold " + logits.length + " values, expected " + n + "x" + n);
        }
        return upsampleToRle(logits, 0, n, width, height, byTransitions);
    }

    private static Rle upsampleToRle(float[] logits, int offset, int n, int width, int height,
                                     boolean byTransitions) {
        if (byTransitions && !SignTransitions.applies(n, height)) {
            throw new IllegalArgumentException("the sign-transition kernel needs height >= " + n);
        }
        if (offset < 0 || offset + n * n > logits.length) {
            throw new IllegalArgumentException("logits at " + offset + " overrun an array of " + logits.length);
        }
        Axis xs = Axis.of(width, n);
        Axis ys = Axis.of(height, n);
        int[] groupStart = ys.groupStarts();
        if ((long) width * height < PARALLEL_PIXELS || width < 2) {
            RunWriter runs = new RunWriter(height, width);
            float[] t = columnMajor(logits, offset, n, xs, 0, width);
            kernel(byTransitions, t, n, xs, ys, groupStart, 0, width, height, runs);
            return runs.toRle();
        }
        // large masks: the columns in chunks, taken in turn by this thread and a helper (who takes the next chunk
        // when it is free, so a helper that wakes up late costs nothing), each chunk into a run list of its own;
        // the lists are then joined in column order
        int chunks = Math.min(width, CHUNKS);
        RunWriter[] parts = new RunWriter[chunks];
        AtomicInteger nextChunk = new AtomicInteger();
        Runnable work = () -> {
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                int from = (int) ((long) c * width / chunks);
                int to = (int) ((long) (c + 1) * width / chunks);
                RunWriter part = new RunWriter(height, width, new int[1 << 12]);
                kernel(byTransitions, columnMajor(logits, offset, n, xs, from, to), n, xs, ys, groupStart, from, to,
                        height, part);
                parts[c] = part;
            }
        };
        Future<?> helper = HELPER.submit(work);
        work.run();
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while upsampling a mask", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("upsampling failed", e.getCause());
        }
        int total = 2;
        for (RunWriter part : parts) {
            total += part.size + 1;
        }
        RunWriter all = new RunWriter(height, width, new int[total]);
        for (RunWriter part : parts) {
            all.append(part);
        }
        return all.toRle();
    }

    /**
     * The source columns that output columns [fromX, toX) read, copied column-major (each output column then reads
     * two contiguous source columns) into this thread's scratch grid; other columns of the grid are left as they are.
     */
    private static float[] columnMajor(float[] logits, int offset, int n, Axis xs, int fromX, int toX) {
        float[] t = COLUMNS.get();
        if (t.length < n * n) {
            t = new float[n * n];
            COLUMNS.set(t);
        }
        int c0 = xs.i0[fromX];
        int c1 = xs.i1[toX - 1];
        for (int y = 0, r = offset; y < n; y++, r += n) {
            for (int x = c0; x <= c1; x++) {
                t[x * n + y] = logits[r + x];
            }
        }
        return t;
    }

    /** The columns [fromX, toX) into {@code runs}, by sign transitions when upsampling, else group by group. */
    private static void kernel(boolean byTransitions, float[] t, int n, Axis xs, Axis ys, int[] groupStart,
                               int fromX, int toX, int height, RunWriter runs) {
        if (byTransitions) {
            SignTransitions.columns(t, n, xs, ys, fromX, toX, height, runs);
        } else {
            columns(t, n, xs, ys, groupStart, fromX, toX, height, runs);
        }
    }

    /**
     * The columns [fromX, toX) into {@code runs}. Per output column: the column interpolated at the low-res rows,
     * then for each group of output rows sharing a pair of low-res rows, the number k of leading rows whose value
     * keeps the sign of the first sample (the value is monotonic inside a group, so those rows are a prefix; when
     * both samples have the same sign, k is the whole group). Each group then adds at most two runs. The loop is
     * written without data-dependent branches (speckled logits would mispredict most of them).
     */
    private static void columns(float[] t, int n, Axis xs, Axis ys, int[] groupStart, int fromX, int toX,
                                int height, RunWriter runs) {
        int groups = groupStart.length;
        int[] gi0 = new int[groups];
        int[] gi1 = new int[groups];
        int[] gEnd = new int[groups];
        for (int g = 0; g < groups; g++) {
            gi0[g] = ys.i0[groupStart[g]];
            gi1[g] = ys.i1[groupStart[g]];
            gEnd[g] = g + 1 < groups ? groupStart[g + 1] : height;
        }
        float[] wy = ys.w;
        float[] col = new float[n];
        int mixedBefore = 0;
        int[] counts = runs.counts;
        int size = runs.size;
        int cur = runs.current ? 1 : 0;
        int run = runs.run;
        for (int x = fromX; x < toX; x++) {
            xs.interpolate(t, n, x, col);
            if (counts.length < size + 2 * groups + 2) {
                counts = Arrays.copyOf(counts, Math.max(counts.length * 2, size + 2 * groups + 2));
            }
            int mixed = 0;
            if (mixedBefore * 8 < groups) {
                // smooth logits (few groups change sign): whole groups at once, the sign change found by a search
                for (int g = 0, start = 0; g < groups; g++) {
                    int end = gEnd[g];
                    float a = col[gi0[g]];
                    float b = col[gi1[g]];
                    int sa = a > 0 ? 1 : 0;
                    int sb = b > 0 ? 1 : 0;
                    int k = end - start;
                    if (sa != sb) {
                        mixed++;
                        float d = b - a;
                        k = 0;
                        while (start + k < end && (a + wy[start + k] * d > 0 ? 1 : 0) == sa) {
                            k++;
                        }
                    }
                    if (k > 0) {
                        if (sa != cur) {
                            counts[size++] = run;
                            cur = sa;
                            run = 0;
                        }
                        run += k;
                    }
                    if (end - start - k > 0) {
                        if (sb != cur) {
                            counts[size++] = run;
                            cur = sb;
                            run = 0;
                        }
                        run += end - start - k;
                    }
                    start = end;
                }
            } else {
                // speckled logits: the same without data-dependent branches, which would mostly mispredict
                for (int g = 0, start = 0; g < groups; g++) {
                    int end = gEnd[g];
                    float a = col[gi0[g]];
                    float d = col[gi1[g]] - a;
                    int sa = a > 0 ? 1 : 0;
                    int k = 0;
                    for (int y = start; y < end; y++) {
                        k += (a + wy[y] * d > 0 ? 1 : 0) ^ sa ^ 1;
                    }
                    int rest = end - start - k;
                    mixed += (rest | -rest) >>> 31;
                    // k rows of sign sa, then the rest of the group with the other sign
                    int change = (sa ^ cur) & ((k | -k) >>> 31);
                    counts[size] = run;
                    size += change;
                    run = (run & (change - 1)) + k;
                    cur ^= change;
                    change = ((sa ^ 1) ^ cur) & ((rest | -rest) >>> 31);
                    counts[size] = run;
                    size += change;
                    run = (run & (change - 1)) + rest;
                    cur ^= change;
                    start = end;
                }
            }
            mixedBefore = mixed;
        }
        runs.counts = counts;
        runs.size = size;
        runs.current = cur == 1;
        runs.run = run;
    }

    /** Mean of a row-major byte mask (non-zero = 1) over each cell of an {@code n}×{@code n} grid. */
    public static float[] areaDownsample(byte[] rowMajor, int width, int height, int n) {
        float[] values = new float[rowMajor.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = rowMajor[i] != 0 ? 1f : 0f;
        }
        return areaDownsample(values, width, height, n);
    }

    /** Mean of a row-major float image over each cell of an {@code n}×{@code n} grid (area weighting). */
    public static float[] areaDownsample(float[] rowMajor, int width, int height, int n) {
        double[] sum = new double[n * n];
        double[] weight = new double[n * n];
        double cw = (double) width / n;
        double ch = (double) height / n;
        for (int y = 0; y < height; y++) {
            int cy0 = (int) Math.min(n - 1, Math.floor(y / ch));
            int cy1 = (int) Math.min(n - 1, Math.floor((y + 1) / ch - 1e-9));
            for (int x = 0; x < width; x++) {
                int cx0 = (int) Math.min(n - 1, Math.floor(x / cw));
                int cx1 = (int) Math.min(n - 1, Math.floor((x + 1) / cw - 1e-9));
                float v = rowMajor[y * width + x];
                for (int cy = cy0; cy <= cy1; cy++) {
                    double oy = overlap(y, y + 1, cy * ch, (cy + 1) * ch);
                    for (int cx = cx0; cx <= cx1; cx++) {
                        double wgt = oy * overlap(x, x + 1, cx * cw, (cx + 1) * cw);
                        sum[cy * n + cx] += wgt * v;
                        weight[cy * n + cx] += wgt;
                    }
                }
            }
        }
        float[] out = new float[n * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = weight[i] == 0 ? 0 : (float) (sum[i] / weight[i]);
        }
        return out;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    /** Source indices and weights along one axis for half-pixel bilinear sampling. */
    static final class Axis {
        final int[] i0;
        final int[] i1;
        final float[] w;
        /** Outputs before the first input centre (clamped to the first input with weight 0). */
        int leading;

        private Axis(int size) {
            i0 = new int[size];
            i1 = new int[size];
            w = new float[size];
        }

        static Axis of(int outSize, int inSize) {
            Axis a = new Axis(outSize);
            double scale = (double) inSize / outSize;
            for (int o = 0; o < outSize; o++) {
                double s = (o + 0.5) * scale - 0.5;
                if (s < 0) {
                    s = 0;
                    a.leading = o + 1;
                }
                int lo = Math.min((int) s, inSize - 1);
                int hi = Math.min(lo + 1, inSize - 1);
                a.i0[o] = lo;
                a.i1[o] = hi;
                a.w[o] = lo == hi ? 0f : (float) (s - lo);
            }
            return a;
        }

        /** Output column {@code x} of the column-major n×n grid {@code t}, interpolated at every source row. */
        void interpolate(float[] t, int n, int x, float[] col) {
            int c0 = i0[x] * n;
            int c1 = i1[x] * n;
            float wx = w[x];
            for (int i = 0; i < n; i++) {
                float a = t[c0 + i];
                col[i] = a + wx * (t[c1 + i] - a);
            }
        }

        /** Starts of the runs of outputs that share the same pair of source indices. */
        int[] groupStarts() {
            int[] starts = new int[i0.length];
            int k = 0;
            for (int o = 0; o < i0.length; o++) {
                if (o == 0 || i0[o] != i0[o - 1] || i1[o] != i1[o - 1]) {
                    starts[k++] = o;
                }
            }
            return Arrays.copyOf(starts, k);
        }
    }

    /** Appends pixels in column-major order and keeps COCO's alternating run counts (zeros first). */
    static final class RunWriter {
        private final int height;
        private final int width;
        int[] counts;
        int size;
        boolean current;
        int run;
        private boolean scratch;

        /** Uses this thread's scratch buffer (kept between masks: no megabyte arrays left to the GC per click). */
        RunWriter(int height, int width) {
            this.height = height;
            this.width = width;
            this.counts = SCRATCH.get();
            this.scratch = true;
        }

        /** Writes into the given array (grown as needed) instead of this thread's scratch buffer. */
        RunWriter(int height, int width, int[] counts) {
            this.height = height;
            this.width = width;
            this.counts = counts;
        }

        void add(boolean value, int length) {
            if (length == 0) {
                return;
            }
            if (value != current) {
                push(run);
                current = value;
                run = 0;
            }
            run += length;
        }

        Rle toRle() {
            push(run);
            if (scratch) {
                SCRATCH.set(counts); // keep the grown buffer for the next mask
            }
            return Rle.adopt(height, width, Arrays.copyOf(counts, size));
        }

        /** Appends another writer's pixels (which started at a column boundary) after this one's. */
        void append(RunWriter other) {
            // other's runs alternate zeros, ones, ... from its first (maybe empty) zeros run; merge the first run with
            // this writer's pending run where the values agree, then copy the rest as a block
            int from = other.size > 0 && other.counts[0] == 0 ? 1 : 0;
            if (from < other.size) {
                boolean firstValue = (from & 1) == 1;
                add(firstValue, other.counts[from]);
                push(run);
                int rest = other.size - from - 1;
                if (size + rest > counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(counts.length * 2, size + rest));
                }
                System.arraycopy(other.counts, from + 1, counts, size, rest);
                size += rest;
                // the last copied run is final; the pending run is other's
                current = ((other.size - 1) & 1) == 1;
                run = counts[--size];
            }
            add(other.current, other.run);
        }

        private void push(int count) {
            if (size == counts.length) {
                counts = Arrays.copyOf(counts, size * 2);
            }
            counts[size++] = count;
        }
    }
}
