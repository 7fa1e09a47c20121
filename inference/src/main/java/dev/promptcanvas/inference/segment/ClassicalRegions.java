package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.mask.Rle;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** The classical segmenter's region methods (watershed, flood fill), its score, and mask conversion. */
final class ClassicalRegions {

    private static final int BACKGROUND = 1;
    private static final int FOREGROUND = 2;
    /** Score factor for a region that reaches two or more sides of the image (it leaked). */
    private static final float LEAK_PENALTY = 0.2f;

    private ClassicalRegions() {
    }

    /** Marker watershed: positive seeds are the object, negative seeds and a 1-pixel image border background. */
    static Mat watershed(Mat image, ClassicalSegmenter.Seeds seeds) {
        int w = image.cols();
        int h = image.rows();
        Mat markers = new Mat(h, w, CvType.CV_32SC1, new Scalar(0));
        Mat blurred = new Mat();
        try {
            Imgproc.rectangle(markers, new org.opencv.core.Point(0, 0), new org.opencv.core.Point(w - 1, h - 1),
                    new Scalar(BACKGROUND), 1);
            seeds.draw(markers, FOREGROUND, BACKGROUND, seedRadius(w, h));
            Imgproc.GaussianBlur(image, blurred, new Size(5, 5), 0);
            Imgproc.watershed(blurred, markers);
            int[] m = new int[w * h];
            markers.get(0, 0, m);
            byte[] out = new byte[w * h];
            for (int i = 0; i < m.length; i++) {
                out[i] = (byte) (m[i] == FOREGROUND ? 1 : 0);
            }
            return fromBytes(out, w, h);
        } finally {
            markers.release();
            blurred.release();
        }
    }

    /**
     * Union of flood fills from every positive seed vertex on a blurred copy, each pixel within {@code tolerance}
     * grey levels per channel of its neighbour; negative seeds are drawn as walls first.
     */
    static Mat floodFill(Mat image, ClassicalSegmenter.Seeds seeds, int tolerance) {
        int w = image.cols();
        int h = image.rows();
        Mat blurred = new Mat();
        Mat walls = new Mat(h + 2, w + 2, CvType.CV_8UC1, new Scalar(0));
        try {
            Imgproc.GaussianBlur(image, blurred, new Size(5, 5), 0);
            Mat inner = walls.submat(1, h + 1, 1, w + 1);
            ClassicalSegmenter.Seeds negOnly = new ClassicalSegmenter.Seeds();
            negOnly.negative.addAll(seeds.negative);
            negOnly.draw(inner, 0, 1, seedRadius(w, h));
            Scalar tol = new Scalar(tolerance, tolerance, tolerance);
            int flags = 4 | (255 << 8) | Imgproc.FLOODFILL_MASK_ONLY;
            for (var stroke : seeds.positive) {
                for (var q : stroke) {
                    org.opencv.core.Point p = new org.opencv.core.Point(Math.min(w - 1, (int) q.x()),
                            Math.min(h - 1, (int) q.y()));
                    Imgproc.floodFill(blurred, walls, p, new Scalar(0), null, tol, tol, flags);
                }
            }
            byte[] m = new byte[w * h];
            inner.get(0, 0, m);
            byte[] out = new byte[w * h];
            for (int i = 0; i < m.length; i++) {
                out[i] = (byte) ((m[i] & 0xFF) == 255 ? 1 : 0);
            }
            inner.release();
            return fromBytes(out, w, h);
        } finally {
            blurred.release();
            walls.release();
        }
    }

    /** Mean gradient magnitude along the mask's boundary, scaled to [0, 1] (0 for an empty or full mask). */
    static float boundaryContrast(Mat image, Mat mask) {
        Mat grey = new Mat();
        Mat gx = new Mat();
        Mat gy = new Mat();
        Mat mag = new Mat();
        Mat eroded = new Mat();
        Mat edge = new Mat();
        try {
            Imgproc.cvtColor(image, grey, Imgproc.COLOR_BGR2GRAY);
            Imgproc.Sobel(grey, gx, CvType.CV_32F, 1, 0);
            Imgproc.Sobel(grey, gy, CvType.CV_32F, 0, 1);
            Core.magnitude(gx, gy, mag);
            Imgproc.erode(mask, eroded, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
            Core.subtract(mask, eroded, edge);
            int n = Core.countNonZero(edge);
            if (n == 0 || Core.countNonZero(mask) == mask.rows() * mask.cols()) {
                return 0;
            }
            double mean = Core.mean(mag, edge).val[0];
            float score = (float) Math.min(1, mean / (4 * 255.0));
            return sidesTouched(mask) >= 2 ? score * LEAK_PENALTY : score;
        } finally {
            for (Mat m : new Mat[] {grey, gx, gy, mag, eroded, edge}) {
                m.release();
            }
        }
    }

    /** How many of the image's four sides the mask reaches (a region that leaked into the background). */
    static int sidesTouched(Mat mask) {
        int w = mask.cols();
        int h = mask.rows();
        int n = 0;
        for (Mat line : new Mat[] {mask.row(0), mask.row(h - 1), mask.col(0), mask.col(w - 1)}) {
            n += Core.countNonZero(line) > 0 ? 1 : 0;
            line.release();
        }
        return n;
    }

    /** A 0/1 CV_8UC1 mask as a candidate with low-res logits (±8 from the mask's cell coverage). */
    static MaskCandidate candidate(Mat mask, float score) {
        int w = mask.cols();
        int h = mask.rows();
        byte[] m = new byte[w * h];
        mask.get(0, 0, m);
        float[] low = LogitsResampler.areaDownsample(m, w, h, MaskCandidate.LOW_RES);
        for (int i = 0; i < low.length; i++) {
            low[i] = (low[i] * 2 - 1) * 8;
        }
        return new MaskCandidate(Rle.encodeRowMajor(m, h, w), score, low);
    }

    private static Mat fromBytes(byte[] data, int w, int h) {
        Mat out = new Mat(h, w, CvType.CV_8UC1);
        out.put(0, 0, data);
        return out;
    }

    private static int seedRadius(int w, int h) {
        return Math.max(2, Math.min(w, h) / 150);
    }
}
