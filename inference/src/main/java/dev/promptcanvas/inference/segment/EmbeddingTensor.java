package dev.promptcanvas.inference.segment;

import java.util.Arrays;

/**
 * One named array of an {@link ImageEmbedding}, held in plain Java memory (never in a DJL manager): float32 for
 * model features, unsigned bytes for the classical segmenter's pixels. The arrays are shared, not copied: treat
 * them as read-only.
 */
public final class EmbeddingTensor {

    private final String name;
    private final int[] shape;
    private final float[] floats;
    private final byte[] bytes;

    private EmbeddingTensor(String name, int[] shape, float[] floats, byte[] bytes) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor " + name + ": negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        int len = floats != null ? floats.length : bytes.length;
        if (n != len) {
            throw new IllegalArgumentException("tensor " + name + ": shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + len);
        }
        this.name = name;
        this.shape = shape.clone();
        this.floats = floats;
        this.bytes = bytes;
    }

    /** A float32 tensor. */
    public static EmbeddingTensor ofFloats(String name, int[] shape, float[] data) {
        return new EmbeddingTensor(name, shape, data, null);
    }

    /** An unsigned-byte tensor. */
    public static EmbeddingTensor ofBytes(String name, int[] shape, byte[] data) {
        return new EmbeddingTensor(name, shape, null, data);
    }

    public String name() {
        return name;
    }

    public int[] shape() {
        return shape.clone();
    }

    public boolean isFloat() {
        return floats != null;
    }

    /** The float data (shared, row-major); fails for a byte tensor. */
    public float[] floats() {
        if (floats == null) {
            throw new IllegalStateException("tensor " + name + " holds bytes, not floats");
        }
        return floats;
    }

    /** The byte data (shared, row-major); fails for a float tensor. */
    public byte[] bytes() {
        if (bytes == null) {
            throw new IllegalStateException("tensor " + name + " holds floats, not bytes");
        }
        return bytes;
    }

    public int elementCount() {
        return floats != null ? floats.length : bytes.length;
    }

    /** Bytes of Java memory the data takes. */
    public long byteSize() {
        return floats != null ? 4L * floats.length : bytes.length;
    }
}
