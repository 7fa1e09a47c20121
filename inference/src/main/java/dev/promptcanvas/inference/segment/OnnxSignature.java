package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.ModelException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The graph inputs and outputs of an ONNX file (name, element type, shape), read straight from its protobuf
 * encoding without loading the model: lets a wrong or truncated file be reported clearly, by name, before ONNX
 * Runtime sees it. Inputs that are initializers (old IR versions list them) are left out.
 */
public record OnnxSignature(List<Value> inputs, List<Value> outputs) {

    /** ONNX element type codes used here. */
    public static final int FLOAT = 1;
    public static final int INT32 = 6;
    public static final int INT64 = 7;

    /**
     * One graph input or output.
     *
     * @param elemType ONNX TensorProto.DataType code (1 float, 6 int32, 7 int64, ...), 0 when not a tensor
     * @param shape dimensions, -1 where symbolic or unknown
     */
    public record Value(String name, int elemType, long[] shape) {
    }

    public Optional<Value> input(String name) {
        return inputs.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public List<String> inputNames() {
        return inputs.stream().map(Value::name).toList();
    }

    public List<String> outputNames() {
        return outputs.stream().map(Value::name).toList();
    }

    /** Reads the signature of an ONNX file; fails with the file name when it is missing, truncated or not ONNX. */
    public static OnnxSignature read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelException(file + ": ONNX file not found");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                throw new ModelException(file + ": ONNX file is empty");
            }
            if (size > Integer.MAX_VALUE) {
                throw new ModelException(file + ": ONNX file over 2 GiB (external-data models are not supported)");
            }
            MappedByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return parseModel(new Reader(buf, 0, (int) size, file));
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read ONNX file: " + e.getMessage(), e);
        }
    }

    private static OnnxSignature parseModel(Reader r) {
        Reader graph = null;
        boolean sawIrVersion = false;
        while (r.more()) {
            int tag = r.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 0) {
                sawIrVersion = true;
            }
            if (tag >>> 3 == 7 && (tag & 7) == 2) {
                graph = r.sub();
            } else {
                r.skip(tag);
            }
        }
        if (graph == null || !sawIrVersion) {
            throw new ModelException(r.file + ": not an ONNX model (no " + (sawIrVersion ? "graph" : "ir_version")
                    + " field)");
        }
        List<Value> inputs = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        Set<String> initializers = new HashSet<>();
        while (graph.more()) {
            int tag = graph.tag();
            int field = tag >>> 3;
            if ((tag & 7) == 2 && (field == 11 || field == 12)) {
                Value v = parseValueInfo(graph.sub());
                (field == 11 ? inputs : outputs).add(v);
            } else if ((tag & 7) == 2 && field == 5) {
                String name = parseTensorName(graph.sub());
                if (name != null) {
                    initializers.add(name);
                }
            } else {
                graph.skip(tag);
            }
        }
        inputs.removeIf(v -> initializers.contains(v.name()));
        return new OnnxSignature(List.copyOf(inputs), List.copyOf(outputs));
    }

    private static String parseTensorName(Reader r) {
        String name = null;
        while (r.more()) {
            int tag = r.tag();
            if (tag >>> 3 == 8 && (tag & 7) == 2) {
                name = r.string();
            } else {
                r.skip(tag);
            }
        }
        return name;
    }

    private static Value parseValueInfo(Reader r) {
        String name = "";
        int elem = 0;
        List<Long> dims = new ArrayList<>();
        while (r.more()) {
            int tag = r.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                name = r.string();
            } else if (tag >>> 3 == 2 && (tag & 7) == 2) {
                Reader type = r.sub();
                while (type.more()) {
                    int t = type.tag();
                    if (t >>> 3 == 1 && (t & 7) == 2) {
                        Reader tensor = type.sub();
                        while (tensor.more()) {
                            int tt = tensor.tag();
                            if (tt >>> 3 == 1 && (tt & 7) == 0) {
                                elem = (int) tensor.varint();
                            } else if (tt >>> 3 == 2 && (tt & 7) == 2) {
                                Reader shape = tensor.sub();
                                while (shape.more()) {
                                    int st = shape.tag();
                                    if (st >>> 3 == 1 && (st & 7) == 2) {
                                        dims.add(parseDim(shape.sub()));
                                    } else {
                                        shape.skip(st);
                                    }
                                }
                            } else {
                                tensor.skip(tt);
                            }
                        }
                    } else {
                        type.skip(t);
                    }
                }
            } else {
                r.skip(tag);
            }
        }
        return new Value(name, elem, dims.stream().mapToLong(Long::longValue).toArray());
    }

    private static long parseDim(Reader r) {
        long value = -1;
        while (r.more()) {
            int tag = r.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 0) {
                value = r.varint();
            } else {
                r.skip(tag);
            }
        }
        return value;
    }

    /** A bounded protobuf wire-format reader over a byte buffer. */
    private static final class Reader {
        private final ByteBuffer buf;
        private final Path file;
        private int pos;
        private final int end;

        Reader(ByteBuffer buf, int pos, int end, Path file) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
            this.file = file;
        }

        boolean more() {
            return pos < end;
        }

        int tag() {
            long t = varint();
            if (t >>> 3 == 0 || (t & 7) == 6 || (t & 7) == 7) {
                throw corrupt("invalid field tag " + t);
            }
            return (int) t;
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw truncated(1);
                }
                byte b = buf.get(pos++);
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw corrupt("varint longer than 10 bytes");
        }

        Reader sub() {
            long len = varint();
            if (len < 0 || len > end - pos) {
                throw truncated(len);
            }
            Reader r = new Reader(buf, pos, pos + (int) len, file);
            pos += (int) len;
            return r;
        }

        String string() {
            Reader s = sub();
            byte[] b = new byte[s.end - s.pos];
            buf.get(s.pos, b);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }

        void skip(int tag) {
            switch (tag & 7) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> sub();
                case 5 -> advance(4);
                default -> throw corrupt("unsupported wire type " + (tag & 7));
            }
        }

        private void advance(long n) {
            if (n > end - pos) {
                throw truncated(n);
            }
            pos += (int) n;
        }

        private ModelException truncated(long needed) {
            return new ModelException(file + ": ONNX file is truncated or corrupt (a field at byte " + pos + " needs "
                    + needed + " more bytes than the file holds)");
        }

        private ModelException corrupt(String what) {
            return new ModelException(file + ": not a valid ONNX file (" + what + " at byte " + pos + ")");
        }
    }
}
