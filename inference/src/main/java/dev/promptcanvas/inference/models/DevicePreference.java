package dev.promptcanvas.inference.models;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.util.Locale;

/** Where a model should run: AUTO tries CUDA when the GPU build of ONNX Runtime sees a GPU, else the CPU. */
public enum DevicePreference {
    AUTO, CPU, GPU;

    /** Parses "auto", "cpu" or "gpu" (any case). */
    public static DevicePreference parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device '" + s + "': expected auto, cpu or gpu");
        }
    }

    /** True when the ONNX Runtime on the class path offers the CUDA execution provider (the -Pgpu build). */
    public static boolean cudaAvailable() {
        try {
            return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
