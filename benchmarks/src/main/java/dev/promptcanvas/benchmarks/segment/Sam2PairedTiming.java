package dev.promptcanvas.benchmarks.segment;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.inference.segment.EmbeddingTensor;
import dev.promptcanvas.inference.segment.ImageEmbedding;
import dev.promptcanvas.inference.segment.Sam2ImagePreprocessor;
import dev.promptcanvas.inference.segment.Sam2OnnxSegmenter;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The budget ratios measured as interleaved pairs (A, B, A, B, ...) so that load from other processes on a shared
 * machine hits both sides alike: click → full-size mask vs the bare ORT decoder run, and Java pre-processing vs
 * the whole encode. The bare session is configured like ours (threads, sequential, no spinning). Run:
 * {@code java -cp benchmarks/target/benchmarks.jar
 * dev.promptcanvas.benchmarks.segment.Sam2PairedTiming [pairs]}.
 */
public final class Sam2PairedTiming {

    private static final int WARMUP_PAIRS = Integer.getInteger("warmup", 30);

    private Sam2PairedTiming() {
    }

    public static void main(String[] args) throws IOException, OrtException {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        var frame = Sam2Bench.frame(0);
        try (Sam2OnnxSegmenter sam = Sam2Bench.open()) {
            ImageEmbedding e = sam.encode(frame, "frame0");
            List<Prompt> click = List.of(new PointPrompt(0.52 * Sam2Bench.WIDTH, 0.48 * Sam2Bench.HEIGHT, true));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions so = new OrtSession.SessionOptions();
            so.setIntraOpNumThreads(Sam2Bench.threads());
            so.setInterOpNumThreads(1);
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            // the same ONNX Runtime configuration as ours (OnnxRunner): idle workers block instead of spinning
            so.addConfigEntry("session.intra_op.allow_spinning", System.getProperty("promptcanvas.ort.spin", "0"));
            try (OrtSession raw = env.createSession(Sam2Bench.file(".decoder.onnx").toString(), so)) {
                Map<String, OnnxTensor> in = new HashMap<>();
                for (EmbeddingTensor t : e.tensors()) {
                    in.put(t.name(), OnnxTensor.createTensor(env, FloatBuffer.wrap(t.floats()),
                            Arrays.stream(t.shape()).asLongStream().toArray()));
                }
                in.put("point_coords", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {532.48f, 491.52f}),
                        new long[] {1, 1, 2}));
                in.put("point_labels", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1}),
                        new long[] {1, 1}));
                in.put("mask_input", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[256 * 256]),
                        new long[] {1, 1, 256, 256}));
                in.put("has_mask_input", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {0}),
                        new long[] {1}));
                // warm-up: long enough for the JIT to compile the post-processing (a few clicks' worth), as JMH
                // would; the bare side is native code and needs none
                for (int i = 0; i < WARMUP_PAIRS; i++) {
                    Sam2Bench.runRaw(raw, in);
                    sam.decode(e, click, null);
                }
                double[] a = new double[pairs];
                double[] b = new double[pairs];
                double[] dec = new double[pairs];
                double[] post = new double[pairs];
                for (int i = 0; i < pairs; i++) {
                    long t0 = System.nanoTime();
                    var r = sam.decode(e, click, null);
                    long t1 = System.nanoTime();
                    dec[i] = r.timings().decodeMs();
                    post[i] = r.timings().postprocessMs();
                    Sam2Bench.runRaw(raw, in);
                    long t2 = System.nanoTime();
                    a[i] = (t1 - t0) / 1e6;
                    b[i] = (t2 - t1) / 1e6;
                }
                print("click -> best full-size RLE mask (our API)", a, "bare ORT decoder run (outputs read into arrays)", b);
                System.out.printf(Locale.ROOT, "  of which DJL decoder call median %.2f ms, upsampling + RLE median %.2f ms%n",
                        median(dec), median(post));
                float[] logits = sam.decode(e, click, null).best().lowResLogits();
                double[] up = new double[pairs];
                int runs = 0;
                for (int i = 0; i < pairs; i++) {
                    long t0 = System.nanoTime();
                    runs = dev.promptcanvas.inference.segment.LogitsResampler.upsampleToRle(logits, 256,
                            Sam2Bench.WIDTH, Sam2Bench.HEIGHT).counts().length;
                    up[i] = (System.nanoTime() - t0) / 1e6;
                }
                System.out.printf(Locale.ROOT, "  upsampling + RLE alone on the best logits: median %.2f ms (%d runs)%n",
                        median(up), runs);
                for (OnnxTensor t : in.values()) {
                    t.close();
                }
            }
            int encodes = Math.max(3, pairs / 8);
            double[] pre = new double[encodes];
            double[] enc = new double[encodes];
            for (int i = 0; i < encodes; i++) {
                long t0 = System.nanoTime();
                Sam2ImagePreprocessor.toNchw(frame, 1024);
                long t1 = System.nanoTime();
                ImageEmbedding x = sam.encode(frame, "frame0");
                pre[i] = (t1 - t0) / 1e6;
                enc[i] = (System.nanoTime() - t1) / 1e6;
                if (x.imageWidth() != Sam2Bench.WIDTH) {
                    throw new IllegalStateException();
                }
            }
            print("Java pre-processing 1920x1080 -> 1x3x1024x1024", pre, "encode (pre-processing + encoder)", enc);
        }
    }

    private static void print(String aName, double[] a, String bName, double[] b) {
        double ma = median(a);
        double mb = median(b);
        System.out.printf(Locale.ROOT, "%-48s median %8.2f ms (min %.2f)%n", aName, ma, Arrays.stream(a).min()
                .orElse(0));
        System.out.printf(Locale.ROOT, "%-48s median %8.2f ms (min %.2f)%n", bName, mb, Arrays.stream(b).min()
                .orElse(0));
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        System.out.printf(Locale.ROOT, "ratio of medians %.3f, median of per-pair ratios %.3f, over %d interleaved"
                + " pairs%n", ma / mb, median(ratios), a.length);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
