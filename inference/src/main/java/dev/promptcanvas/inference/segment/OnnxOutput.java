package dev.promptcanvas.inference.segment;

/** One named float output of an ONNX run, copied out of the engine into plain Java memory. */
public record OnnxOutput(String name, long[] shape, float[] data) {
}
