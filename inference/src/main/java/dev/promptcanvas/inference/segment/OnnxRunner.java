package dev.promptcanvas.inference.segment;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.promptcanvas.inference.models.ModelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One ONNX file loaded as a DJL {@link Model} on the OnnxRuntime engine and run through a DJL {@link Predictor}
 * with named inputs (NDList in, NDList out, our own translator). Per-call input arrays live in the predictor
 * context and die with the call; outputs are copied to Java arrays before the call returns. Inputs that stay the
 * same across calls (an image's features) are bound once into a manager this runner owns and reused while the
 * same key is passed (see {@link #run(Object, Supplier, List)}); they are closed when the key changes or the runner
 * closes. Calls are serialised.
 */
final class OnnxRunner implements AutoCloseable {

    static {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private final Path file;
    private final Model model;
    private final OrtSession.SessionOptions sessionOptions;
    private final Predictor<Feed, Map<String, OnnxOutput>> predictor;
    private final String device;
    private NDManager boundManager;
    private NDList bound = new NDList();
    private Object boundKey;

    /** The inputs of one call: arrays bound earlier plus fresh ones. */
    record Feed(NDList bound, List<OnnxInput> fresh) {
    }

    private OnnxRunner(Path file, Model model, OrtSession.SessionOptions sessionOptions, String device) {
        this.file = file;
        this.model = model;
        this.sessionOptions = sessionOptions;
        this.predictor = model.newPredictor(new NamedTranslator());
        this.device = device;
    }

    /**
     * Loads an ONNX file on the given device with the given number of intra-op threads (0 = ORT's default).
     *
     * <p>The model is made with DJL's {@link Model#newInstance} and loaded with our own ONNX Runtime
     * {@link OrtSession.SessionOptions} under DJL's {@code sessionOptions} key: {@code Criteria.optOption} takes
     * strings only, and DJL 0.38 can switch the CPU arena on that way but never off.
     *
     * @param releaseMemory turn off ONNX Runtime's CPU arena and memory pattern, so a big model's activations
     *                      (over 1 GB for the SAM2 encoder at 1024²) go back to the system after each run instead
     *                      of staying reserved in the process
     */
    static OnnxRunner load(Path file, Device device, int threads, boolean releaseMemory) {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        Model model = null;
        try {
            so.setInterOpNumThreads(1);
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            if (threads > 0) {
                so.setIntraOpNumThreads(threads);
            }
            // Idle intra-op threads block instead of spinning: the encoder and decoder sessions (and background
            // pre-encoding) share a few cores with the UI, and spinning workers of one session starve the other's
            // run (a 2-core measurement: decoder 22 ms without spinning, 35-44 ms with). -Dpromptcanvas.ort.spin=1
            // restores ONNX Runtime's default.
            so.addConfigEntry("session.intra_op.allow_spinning", System.getProperty("promptcanvas.ort.spin", "0"));
            if (releaseMemory) {
                so.setCPUArenaAllocator(false);
                so.setMemoryPatternOptimization(false);
            }
            if (device.isGpu()) {
                so.addCUDA(Math.max(0, device.getDeviceId()));
            }
            model = Model.newInstance(file.getFileName().toString(), device, "OnnxRuntime");
            model.load(file, null, Map.of("sessionOptions", so));
            return new OnnxRunner(file, model, so, device.isGpu() ? "gpu:" + device.getDeviceId() : "cpu");
        } catch (OrtException | MalformedModelException | IOException | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            so.close();
            throw new ModelException(file + ": ONNX Runtime cannot load the model: " + rootMessage(e), e);
        }
    }

    String device() {
        return device;
    }

    /**
     * Runs with inputs that stay bound for later calls with the same {@code key} (compared by identity; made from
     * {@code boundInputs} when the key changes) plus per-call {@code fresh} inputs.
     */
    synchronized Map<String, OnnxOutput> run(Object key, Supplier<List<OnnxInput>> boundInputs,
                                             List<OnnxInput> fresh) {
        if (key != boundKey) {
            unbind();
            boundManager = model.getNDManager().newSubManager();
            for (OnnxInput in : boundInputs.get()) {
                bound.add(create(boundManager, in));
            }
            boundKey = key;
        }
        return run(fresh);
    }

    /** Runs with the bound inputs plus {@code fresh}; returns the float outputs by name. */
    synchronized Map<String, OnnxOutput> run(List<OnnxInput> fresh) {
        try {
            return predictor.predict(new Feed(bound, fresh));
        } catch (TranslateException | RuntimeException e) {
            throw new ModelException(file + ": inference failed: " + rootMessage(e), e);
        }
    }

    private synchronized void unbind() {
        if (boundManager != null) {
            boundManager.close();
            boundManager = null;
        }
        bound = new NDList();
        boundKey = null;
    }

    @Override
    public synchronized void close() {
        unbind();
        predictor.close();
        model.close();
        sessionOptions.close();
    }

    static NDArray create(NDManager manager, OnnxInput in) {
        Shape shape = new Shape(in.shape());
        DataType type = switch (in.type()) {
            case "int64" -> DataType.INT64;
            case "int32" -> DataType.INT32;
            default -> DataType.FLOAT32;
        };
        NDArray a = manager.create(in.data().rewind(), shape, type);
        a.setName(in.name());
        return a;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** NDList in/out with names: fresh inputs first (so outputs attach to the call's manager), outputs copied. */
    private static final class NamedTranslator implements NoBatchifyTranslator<Feed, Map<String, OnnxOutput>> {

        @Override
        public NDList processInput(TranslatorContext ctx, Feed feed) {
            NDList list = new NDList();
            for (OnnxInput in : feed.fresh()) {
                list.add(create(ctx.getNDManager(), in));
            }
            list.addAll(feed.bound());
            return list;
        }

        @Override
        public Map<String, OnnxOutput> processOutput(TranslatorContext ctx, NDList list) {
            Map<String, OnnxOutput> out = new HashMap<>();
            for (NDArray a : list) {
                float[] data = a.getDataType() == DataType.FLOAT32 ? a.toFloatArray()
                        : a.toType(DataType.FLOAT32, false).toFloatArray();
                out.put(a.getName(), new OnnxOutput(a.getName(), a.getShape().getShape(), data));
            }
            return out;
        }
    }
}
