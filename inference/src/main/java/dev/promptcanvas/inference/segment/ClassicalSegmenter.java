package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Segmentation without a model (the default when none is installed), with OpenCV: a box runs GrabCut, refined by
 * the points and scribbles written into its mask as sure foreground/background ({@code GC_INIT_WITH_MASK}); points
 * and scribbles alone seed a marker watershed (the image border and negative seeds are background) and two
 * colour flood fills. Candidates are scored by the contrast along their boundary; the best has the highest score.
 */
public final class ClassicalSegmenter implements Segmenter {

    /** The model id recorded for results of this segmenter. */
    public static final String MODEL_ID = "classic";
    private static final int GRABCUT_ITERATIONS = 5;
    private static final int REFINE_ITERATIONS = 3;
    private static final double[] CROP_MARGINS = {0.25, 0.1};

    private final EmbeddingCache cache;

    /** A classical segmenter, with an optional embedding cache (null for none). */
    public ClassicalSegmenter(EmbeddingCache cache) {
        OpenCvLoader.load();
        this.cache = cache;
    }

    public ClassicalSegmenter() {
        this(null);
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public String device() {
        return "cpu";
    }

    /** The "embedding" is the image's BGR pixels (so decode needs nothing else). */
    @Override
    public ImageEmbedding encode(BufferedImage image, String imageHash) {
        if (cache != null) {
            var hit = cache.get(MODEL_ID, imageHash);
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        long t0 = System.nanoTime();
        byte[] bgr = ImagePixels.bgr(image);
        ImageEmbedding e = new ImageEmbedding(MODEL_ID, imageHash, image.getWidth(), image.getHeight(),
                List.of(EmbeddingTensor.ofBytes("bgr", new int[] {image.getHeight(), image.getWidth(), 3}, bgr)),
                new StageTimings(StageTimings.since(t0), 0, 0, 0));
        if (cache != null) {
            cache.put(e, true);
        }
        return e;
    }

    @Override
    public SegmentationResult decode(ImageEmbedding e, List<Prompt> prompts, float[] previousLowResLogits) {
        int w = e.imageWidth();
        int h = e.imageHeight();
        PromptChecks.requireUsable(prompts, w, h);
        long t0 = System.nanoTime();
        Seeds seeds = Seeds.of(prompts, w, h);
        Mat image = new Mat(h, w, CvType.CV_8UC3);
        List<Mat> masks = new ArrayList<>();
        try {
            image.put(0, 0, e.require("bgr").bytes());
            if (seeds.box != null) {
                masks.add(grabCut(image, seeds));
            } else {
                masks.add(ClassicalRegions.watershed(image, seeds));
                masks.add(ClassicalRegions.floodFill(image, seeds, 12));
                masks.add(ClassicalRegions.floodFill(image, seeds, 28));
            }
            double dec = StageTimings.since(t0);
            long t1 = System.nanoTime();
            List<MaskCandidate> candidates = new ArrayList<>();
            float[] scores = new float[masks.size()];
            for (int i = 0; i < masks.size(); i++) {
                scores[i] = ClassicalRegions.boundaryContrast(image, masks.get(i));
                candidates.add(ClassicalRegions.candidate(masks.get(i), scores[i]));
            }
            double post = StageTimings.since(t1);
            return new SegmentationResult(candidates, SegmentationResult.argmax(scores),
                    new StageTimings(e.timings().preprocessMs(), 0, dec, post));
        } finally {
            image.release();
            masks.forEach(Mat::release);
        }
    }

    /**
     * GrabCut inside a crop of the image around the box (margin {@link #CROP_MARGINS} of the box size): the
     * background model then comes from the object's surroundings, not from look-alikes elsewhere in the image
     * (on coins.png the other coins would otherwise teach GrabCut that coins are background). A smaller margin is
     * tried when a margin leaves no foreground.
     */
    private static Mat grabCut(Mat image, Seeds seeds) {
        Mat best = null;
        for (double margin : CROP_MARGINS) {
            best = grabCut(image, seeds, margin);
            if (Core.countNonZero(best) > 0) {
                return best;
            }
            best.release();
        }
        return grabCut(image, seeds, 0);
    }

    private static Mat grabCut(Mat image, Seeds seeds, double margin) {
        int w = image.cols();
        int h = image.rows();
        Box b = seeds.box;
        int x1 = (int) Math.floor(b.x1());
        int y1 = (int) Math.floor(b.y1());
        int x2 = Math.min(w, Math.max(x1 + 1, (int) Math.ceil(b.x2())));
        int y2 = Math.min(h, Math.max(y1 + 1, (int) Math.ceil(b.y2())));
        int mx = (int) Math.ceil(margin * (x2 - x1)) + 2;
        int my = (int) Math.ceil(margin * (y2 - y1)) + 2;
        int cx1 = Math.max(0, x1 - mx);
        int cy1 = Math.max(0, y1 - my);
        int cx2 = Math.min(w, x2 + mx);
        int cy2 = Math.min(h, y2 + my);
        Mat crop = image.submat(cy1, cy2, cx1, cx2);
        Rect rect = new Rect(x1 - cx1, y1 - cy1, x2 - x1, y2 - y1);
        Mat mask = new Mat(cy2 - cy1, cx2 - cx1, CvType.CV_8UC1, new Scalar(Imgproc.GC_BGD));
        Mat bgd = new Mat();
        Mat fgd = new Mat();
        try {
            Imgproc.grabCut(crop, mask, rect, bgd, fgd, GRABCUT_ITERATIONS, Imgproc.GC_INIT_WITH_RECT);
            if (seeds.hasPointSeeds()) {
                seeds.translated(-cx1, -cy1).draw(mask, Imgproc.GC_FGD, Imgproc.GC_BGD, Math.max(2, Math.min(w, h) / 150));
                try {
                    Imgproc.grabCut(crop, mask, rect, bgd, fgd, REFINE_ITERATIONS, Imgproc.GC_INIT_WITH_MASK);
                } catch (CvException e) {
                    // the seeds left GrabCut without foreground or background samples: keep the seeded mask
                }
            }
            byte[] m = new byte[mask.rows() * mask.cols()];
            mask.get(0, 0, m);
            for (int i = 0; i < m.length; i++) {
                m[i] = (byte) (m[i] == Imgproc.GC_FGD || m[i] == Imgproc.GC_PR_FGD ? 1 : 0);
            }
            Mat out = new Mat(h, w, CvType.CV_8UC1, new Scalar(0));
            Mat roi = out.submat(cy1, cy2, cx1, cx2);
            roi.put(0, 0, m);
            roi.release();
            return out;
        } finally {
            crop.release();
            mask.release();
            bgd.release();
            fgd.release();
        }
    }

    @Override
    public void close() {
        // OpenCV Mats are released per call; nothing is held between calls
    }

    /** The prompts as seeds: the box, and positive/negative strokes (a point is a stroke of one vertex). */
    static final class Seeds {
        Box box;
        final List<List<Point>> positive = new ArrayList<>();
        final List<List<Point>> negative = new ArrayList<>();

        static Seeds of(List<Prompt> prompts, int w, int h) {
            Seeds s = new Seeds();
            for (Prompt p : prompts) {
                if (p instanceof BoxPrompt b) {
                    if (s.box != null) {
                        throw new PromptException("box: the classical segmenter takes one box; got a second box");
                    }
                    s.box = PromptChecks.clip(b.box(), w, h);
                } else if (p instanceof PointPrompt pt) {
                    PromptChecks.requireInside("point", pt.x(), pt.y(), w, h);
                    (pt.positive() ? s.positive : s.negative).add(List.of(pt.point()));
                } else if (p instanceof ScribblePrompt sc) {
                    List<Point> stroke = new ArrayList<>();
                    for (int i = 0; i < sc.stroke().size(); i++) {
                        PromptChecks.requireInside("scribble point", sc.stroke().x(i), sc.stroke().y(i), w, h);
                        stroke.add(new Point(sc.stroke().x(i), sc.stroke().y(i)));
                    }
                    (sc.positive() ? s.positive : s.negative).add(stroke);
                } else if (p instanceof ArrowPrompt a) {
                    Point head = a.arrow().head();
                    PromptChecks.requireInside("arrow head", head.x(), head.y(), w, h);
                    s.positive.add(List.of(head));
                } else if (p instanceof MaskPrompt) {
                    // a previous mask adds nothing the image seeds do not already give the classical methods
                    continue;
                }
            }
            if (s.box == null && s.positive.isEmpty()) {
                throw new PromptException("no positive prompt: the classical segmenter needs a box or a positive "
                        + "point, scribble or arrow");
            }
            return s;
        }

        /** The same seeds shifted by (dx, dy). */
        Seeds translated(double dx, double dy) {
            Seeds t = new Seeds();
            t.box = box == null ? null : box.translate(dx, dy);
            for (List<Point> stroke : positive) {
                t.positive.add(stroke.stream().map(q -> q.translate(dx, dy)).toList());
            }
            for (List<Point> stroke : negative) {
                t.negative.add(stroke.stream().map(q -> q.translate(dx, dy)).toList());
            }
            return t;
        }

        boolean hasPointSeeds() {
            return !positive.isEmpty() || !negative.isEmpty();
        }

        /** Draws the strokes into a mask with the given values and line thickness. */
        void draw(Mat mask, int positiveValue, int negativeValue, int thickness) {
            drawAll(mask, positive, positiveValue, thickness);
            drawAll(mask, negative, negativeValue, thickness);
        }

        private static void drawAll(Mat mask, List<List<Point>> strokes, int value, int thickness) {
            Scalar v = new Scalar(value);
            for (List<Point> stroke : strokes) {
                org.opencv.core.Point prev = null;
                for (Point q : stroke) {
                    org.opencv.core.Point cur = new org.opencv.core.Point(q.x(), q.y());
                    if (prev == null) {
                        Imgproc.circle(mask, cur, thickness, v, -1);
                    } else {
                        Imgproc.line(mask, prev, cur, v, 2 * thickness);
                    }
                    prev = cur;
                }
            }
        }
    }
}
