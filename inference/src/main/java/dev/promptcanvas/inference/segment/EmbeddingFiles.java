package dev.promptcanvas.inference.segment;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * The on-disk half of {@link EmbeddingCache}: {@code <folder>/<model id>/<image hash>.emb}, little-endian:
 * magic {@code PCEMB001}; model id, image hash (int length + UTF-8); width, height, tensor count (ints); per tensor
 * name, dtype (byte: 0 float32, 1 float16, 2 uint8), rank, dims, data; then a CRC32C of everything before it.
 * Written to a temporary file and moved into place atomically; unreadable files are deleted.
 */
final class EmbeddingFiles {

    private static final byte[] MAGIC = "PCEMB001".getBytes(StandardCharsets.US_ASCII);
    private static final byte F32 = 0;
    private static final byte F16 = 1;
    private static final byte U8 = 2;

    private final Path folder;
    private final boolean float16;
    private final AtomicLong corruptDeleted = new AtomicLong();

    EmbeddingFiles(Path folder, boolean float16) {
        this.folder = folder;
        this.float16 = float16;
    }

    Path file(String modelId, String imageHash) {
        return folder.resolve(safe(modelId)).resolve(safe(imageHash) + ".emb");
    }

    long corruptDeleted() {
        return corruptDeleted.get();
    }

    void write(ImageEmbedding e) throws IOException {
        byte[] model = e.modelId().getBytes(StandardCharsets.UTF_8);
        byte[] hash = e.imageHash().getBytes(StandardCharsets.UTF_8);
        long size = MAGIC.length + 4L + model.length + 4 + hash.length + 12;
        for (EmbeddingTensor t : e.tensors()) {
            size += 4 + t.name().getBytes(StandardCharsets.UTF_8).length + 1 + 4 + 4L * t.shape().length
                    + (long) t.elementCount() * (t.isFloat() ? (float16 ? 2 : 4) : 1);
        }
        size += 8;
        if (size > Integer.MAX_VALUE) {
            throw new IOException("embedding too large for one cache file (" + size + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(model.length).put(model).putInt(hash.length).put(hash);
        b.putInt(e.imageWidth()).putInt(e.imageHeight()).putInt(e.tensors().size());
        for (EmbeddingTensor t : e.tensors()) {
            byte[] name = t.name().getBytes(StandardCharsets.UTF_8);
            b.putInt(name.length).put(name);
            b.put(t.isFloat() ? (float16 ? F16 : F32) : U8);
            int[] shape = t.shape();
            b.putInt(shape.length);
            for (int d : shape) {
                b.putInt(d);
            }
            if (!t.isFloat()) {
                b.put(t.bytes());
            } else if (float16) {
                float[] f = t.floats();
                for (float v : f) {
                    b.putShort(Half.fromFloat(v));
                }
            } else {
                b.asFloatBuffer().put(t.floats());
                b.position(b.position() + 4 * t.elementCount());
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        Path target = file(e.modelId(), e.imageHash());
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, b.array());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Optional<ImageEmbedding> read(String modelId, String imageHash) {
        Path f = file(modelId, imageHash);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            byte[] all = Files.readAllBytes(f);
            ImageEmbedding e = parse(all);
            if (!e.modelId().equals(modelId) || !e.imageHash().equals(imageHash)) {
                return Optional.empty();
            }
            return Optional.of(e);
        } catch (IOException | RuntimeException ex) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a file we cannot delete is simply rewritten by the next put
            }
            corruptDeleted.incrementAndGet();
            return Optional.empty();
        }
    }

    private static ImageEmbedding parse(byte[] all) throws IOException {
        if (all.length < MAGIC.length + 8) {
            throw new IOException("too short");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - 8);
        if (crc.getValue() != b.getLong(all.length - 8)) {
            throw new IOException("checksum mismatch");
        }
        b.limit(all.length - 8);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an embedding file");
        }
        try {
            String model = string(b);
            String hash = string(b);
            int w = b.getInt();
            int h = b.getInt();
            int n = b.getInt();
            if (n < 0 || n > 64) {
                throw new IOException("bad tensor count " + n);
            }
            List<EmbeddingTensor> tensors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = string(b);
                byte type = b.get();
                int rank = b.getInt();
                if (rank < 0 || rank > 8) {
                    throw new IOException("bad rank " + rank);
                }
                int[] shape = new int[rank];
                long count = 1;
                for (int d = 0; d < rank; d++) {
                    shape[d] = b.getInt();
                    count *= shape[d];
                }
                if (shape.length > 0 && (count < 0 || count > b.remaining())) {
                    throw new IOException("bad shape");
                }
                tensors.add(readTensor(b, name, type, shape, (int) count));
            }
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return new ImageEmbedding(model, hash, w, h, tensors, StageTimings.ZERO);
        } catch (BufferUnderflowException | IllegalArgumentException ex) {
            throw new IOException("truncated or malformed: " + ex, ex);
        }
    }

    private static EmbeddingTensor readTensor(ByteBuffer b, String name, byte type, int[] shape, int count)
            throws IOException {
        switch (type) {
            case U8 -> {
                byte[] data = new byte[count];
                b.get(data);
                return EmbeddingTensor.ofBytes(name, shape, data);
            }
            case F16 -> {
                short[] raw = new short[count];
                b.asShortBuffer().get(raw);
                b.position(b.position() + 2 * count);
                float[] data = new float[count];
                for (int i = 0; i < count; i++) {
                    data[i] = Half.toFloat(raw[i]);
                }
                return EmbeddingTensor.ofFloats(name, shape, data);
            }
            case F32 -> {
                float[] data = new float[count];
                b.asFloatBuffer().get(data);
                b.position(b.position() + 4 * count);
                return EmbeddingTensor.ofFloats(name, shape, data);
            }
            default -> throw new IOException("bad dtype " + type);
        }
    }

    private static String string(ByteBuffer b) throws IOException {
        int len = b.getInt();
        if (len < 0 || len > 4096 || len > b.remaining()) {
            throw new IOException("bad string length " + len);
        }
        byte[] s = new byte[len];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.isEmpty() || t.startsWith(".") ? "_" + t : t;
    }
}
