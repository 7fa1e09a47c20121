package dev.promptcanvas.inference.segment;

import ai.djl.Device;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.models.InstalledModel;
import dev.promptcanvas.inference.models.ModelException;
import dev.promptcanvas.inference.models.ModelManifest;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * SAM2 through DJL + ONNX Runtime on the samexporter encoder/decoder pair. Pre- and post-processing are ours, in
 * Java: see {@link Sam2ImagePreprocessor}, {@link Sam2Prompt} and {@link LogitsResampler}. All candidates the
 * decoder returns are kept; the best is the one with the highest predicted IoU, and its full-size mask is made
 * before {@code decode} returns (the others' when first asked for). The 7-input decoder (low-res
 * masks) and the 8-input one with {@code orig_im_size} (full-size masks) are told apart by the decoder's inputs.
 */
public final class Sam2OnnxSegmenter implements Segmenter {

    /**
     * The all-zero mask input of a first click, made once in native memory: ONNX Runtime reads a direct buffer in
     * place, so a click neither allocates nor copies its 256 KB (shared read-only; each run takes a duplicate).
     */
    private static final FloatBuffer NO_MASK = ByteBuffer.allocateDirect(4 * MaskCandidate.LOW_RES
            * MaskCandidate.LOW_RES).order(ByteOrder.nativeOrder()).asFloatBuffer();

    private static final int LOW = MaskCandidate.LOW_RES;

    private final String modelId;
    private final int inputSize;
    private final int origSizeType;
    private final OnnxRunner encoder;
    private final OnnxRunner decoder;
    private final EmbeddingCache cache;

    private Sam2OnnxSegmenter(String modelId, int inputSize, int origSizeType, OnnxRunner encoder,
                              OnnxRunner decoder, EmbeddingCache cache) {
        this.modelId = modelId;
        this.inputSize = inputSize;
        this.origSizeType = origSizeType;
        this.encoder = encoder;
        this.decoder = decoder;
        this.cache = cache;
    }

    /** Opens an installed model folder (its manifest names the encoder and decoder files). */
    public static Sam2OnnxSegmenter open(InstalledModel model, Sam2Options options) {
        ModelManifest m = model.manifest();
        if (!ModelManifest.KIND_SAM2.equals(m.kind())) {
            throw new ModelException(model.dir() + ": model kind '" + m.kind() + "' is not 'sam2'");
        }
        return open(m.id(), model.file("encoder"), model.file("decoder"), m.inputSize(), options);
    }

    /** Opens an encoder/decoder pair; both signatures are checked before ONNX Runtime loads anything. */
    public static Sam2OnnxSegmenter open(String modelId, Path encoderFile, Path decoderFile, int inputSize,
                                         Sam2Options options) {
        int size = Sam2Contract.checkEncoder(encoderFile, OnnxSignature.read(encoderFile), inputSize);
        int origType = Sam2Contract.checkDecoder(decoderFile, OnnxSignature.read(decoderFile));
        List<Device> devices = devices(options.device());
        ModelException last = null;
        for (Device d : devices) {
            OnnxRunner enc = null;
            try {
                // the encoder's activations (about 700 MB at 1024²) go back to the system after each run unless
                // -Dpromptcanvas.ort.encoderArena=true keeps them reserved: encoding is then about a third faster
                // (1.78 -> 1.17 s for SAM2.1-tiny on 2 cores) but the process stays ~700 MB bigger (decision 0010)
                enc = OnnxRunner.load(encoderFile, d, options.intraOpThreads(),
                        !Boolean.getBoolean("promptcanvas.ort.encoderArena"));
                OnnxRunner dec = OnnxRunner.load(decoderFile, d, options.intraOpThreads(), false);
                return new Sam2OnnxSegmenter(modelId, size, origType, enc, dec, options.cache());
            } catch (ModelException e) {
                if (enc != null) {
                    enc.close();
                }
                last = e;
            }
        }
        throw last;
    }

    private static List<Device> devices(DevicePreference pref) {
        return switch (pref) {
            case CPU -> List.of(Device.cpu());
            case GPU -> List.of(Device.gpu());
            case AUTO -> DevicePreference.cudaAvailable() ? List.of(Device.gpu(), Device.cpu()) : List.of(Device.cpu());
        };
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public String device() {
        return decoder.device();
    }

    /** The model's square input size (1024 for SAM2). */
    public int inputSize() {
        return inputSize;
    }

    /** True for the 8-input decoder variant that takes {@code orig_im_size} and returns full-size masks. */
    public boolean fullSizeDecoder() {
        return origSizeType != 0;
    }

    @Override
    public ImageEmbedding encode(BufferedImage image, String imageHash) {
        if (cache != null) {
            var hit = cache.get(modelId, imageHash);
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        long t0 = System.nanoTime();
        float[] x = Sam2ImagePreprocessor.toNchw(image, inputSize);
        double pre = StageTimings.since(t0);
        long t1 = System.nanoTime();
        Map<String, OnnxOutput> out = encoder.run(List.of(OnnxInput.floats(Sam2Contract.IMAGE,
                new long[] {1, 3, inputSize, inputSize}, x)));
        double enc = StageTimings.since(t1);
        NativeMemory.trim();
        List<EmbeddingTensor> tensors = new ArrayList<>();
        for (String name : Sam2Contract.FEATURES) {
            OnnxOutput o = out.get(name);
            int[] shape = new int[o.shape().length];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = (int) o.shape()[i];
            }
            tensors.add(EmbeddingTensor.ofFloats(name, shape, o.data()));
        }
        ImageEmbedding e = new ImageEmbedding(modelId, imageHash, image.getWidth(), image.getHeight(), tensors,
                new StageTimings(pre, enc, 0, 0));
        if (cache != null) {
            cache.put(e, true);
        }
        return e;
    }

    @Override
    public SegmentationResult decode(ImageEmbedding e, List<Prompt> prompts, float[] previousLowResLogits) {
        if (!modelId.equals(e.modelId())) {
            throw new IllegalArgumentException("embedding was made by model '" + e.modelId() + "', this segmenter is '"
                    + modelId + "'");
        }
        if (previousLowResLogits != null && previousLowResLogits.length != LOW * LOW) {
            throw new IllegalArgumentException("previous low-res logits hold " + previousLowResLogits.length
                    + " values, expected 256x256");
        }
        int w = e.imageWidth();
        int h = e.imageHeight();
        long t0 = System.nanoTime();
        Sam2Prompt p = Sam2Prompt.encode(prompts, w, h, inputSize);
        float[] mask = previousLowResLogits != null ? previousLowResLogits : p.maskInput();
        List<OnnxInput> fresh = new ArrayList<>(List.of(
                OnnxInput.floats(Sam2Contract.POINT_COORDS, new long[] {1, p.count(), 2}, p.coords()),
                OnnxInput.floats(Sam2Contract.POINT_LABELS, new long[] {1, p.count()}, p.labels()),
                mask != null ? OnnxInput.floats(Sam2Contract.MASK_INPUT, new long[] {1, 1, LOW, LOW}, mask)
                        : new OnnxInput(Sam2Contract.MASK_INPUT, new long[] {1, 1, LOW, LOW}, NO_MASK.duplicate(),
                        "float32"),
                OnnxInput.floats(Sam2Contract.HAS_MASK_INPUT, new long[] {1}, new float[] {mask != null ? 1 : 0})));
        if (origSizeType != 0) {
            fresh.add(origSize(h, w));
        }
        Map<String, OnnxOutput> out = decoder.run(e, () -> features(e), fresh);
        double dec = StageTimings.since(t0);
        long t1 = System.nanoTime();
        OnnxOutput masks = out.get(Sam2Contract.MASKS);
        float[] iou = out.get(Sam2Contract.IOU).data();
        int count = (int) masks.shape()[1];
        int best = SegmentationResult.argmax(java.util.Arrays.copyOf(iou, count));
        List<MaskCandidate> candidates = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            MaskCandidate m = origSizeType != 0 ? fullSizeCandidate(masks, c, w, h, iou[c])
                    : lowResCandidate(masks, c, w, h, iou[c]);
            candidates.add(c == best ? m.materialize() : m);
        }
        double post = StageTimings.since(t1);
        StageTimings t = new StageTimings(e.timings().preprocessMs(), e.timings().encodeMs(), dec, post);
        return new SegmentationResult(candidates, best, t);
    }

    private static List<OnnxInput> features(ImageEmbedding e) {
        List<OnnxInput> in = new ArrayList<>(3);
        for (String name : Sam2Contract.FEATURES) {
            EmbeddingTensor t = e.require(name);
            long[] shape = java.util.Arrays.stream(t.shape()).asLongStream().toArray();
            in.add(OnnxInput.floats(name, shape, t.floats()));
        }
        return in;
    }

    private OnnxInput origSize(int h, int w) {
        return switch (origSizeType) {
            case OnnxSignature.INT64 -> OnnxInput.longs(Sam2Contract.ORIG_IM_SIZE, new long[] {2}, new long[] {h, w});
            case OnnxSignature.INT32 -> OnnxInput.ints(Sam2Contract.ORIG_IM_SIZE, new long[] {2}, new int[] {h, w});
            default -> OnnxInput.floats(Sam2Contract.ORIG_IM_SIZE, new long[] {2}, new float[] {h, w});
        };
    }

    private static MaskCandidate lowResCandidate(OnnxOutput masks, int c, int w, int h, float score) {
        int mh = (int) masks.shape()[2];
        int mw = (int) masks.shape()[3];
        if (mh != LOW || mw != LOW) {
            throw new ModelException("SAM2 decoder returned masks of " + mw + "x" + mh + ", expected 256x256");
        }
        // no copies now: the mask is made from the decoder output in place, the logits copied out when asked for
        float[] all = masks.data();
        int offset = c * LOW * LOW;
        return MaskCandidate.lazy(score, all, offset, () -> LogitsResampler.upsampleToRle(all, offset, LOW, w, h));
    }

    private static MaskCandidate fullSizeCandidate(OnnxOutput masks, int c, int w, int h, float score) {
        int mh = (int) masks.shape()[2];
        int mw = (int) masks.shape()[3];
        if (mh != h || mw != w) {
            throw new ModelException("SAM2 decoder returned masks of " + mw + "x" + mh + " for an image of " + w + "x"
                    + h);
        }
        float[] full = java.util.Arrays.copyOfRange(masks.data(), c * w * h, (c + 1) * w * h);
        byte[] rowMajor = new byte[w * h];
        for (int i = 0; i < rowMajor.length; i++) {
            rowMajor[i] = full[i] > 0 ? (byte) 1 : 0;
        }
        float[] low = LogitsResampler.areaDownsample(full, w, h, LOW);
        return new MaskCandidate(Rle.encodeRowMajor(rowMajor, h, w), score, low);
    }

    @Override
    public void close() {
        try {
            encoder.close();
        } finally {
            decoder.close();
        }
    }
}
