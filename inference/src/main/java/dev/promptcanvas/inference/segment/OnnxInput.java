package dev.promptcanvas.inference.segment;

import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.IntBuffer;

/**
 * One named input for an ONNX run, in plain Java memory.
 *
 * @param type "float32", "int64" or "int32"
 */
public record OnnxInput(String name, long[] shape, Buffer data, String type) {

    public static OnnxInput floats(String name, long[] shape, float[] data) {
        return new OnnxInput(name, shape, FloatBuffer.wrap(data), "float32");
    }

    public static OnnxInput longs(String name, long[] shape, long[] data) {
        return new OnnxInput(name, shape, LongBuffer.wrap(data), "int64");
    }

    public static OnnxInput ints(String name, long[] shape, int[] data) {
        return new OnnxInput(name, shape, IntBuffer.wrap(data), "int32");
    }
}
