package dev.promptcanvas.benchmarks.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Generated benchmark images under {@code target/bench-images} (never committed), made once and reused: a
 * photo-like pattern (smooth gradients, tiles, ±4 noise), deterministic for a given size. PNGs are written with
 * per-row adaptive filters and deflate level 6 like libpng's defaults, so decoding costs what a real PNG costs.
 */
final class BenchImages {

    static final Path FOLDER = Path.of(System.getProperty("promptcanvas.bench.images", "target/bench-images"));

    private BenchImages() {
    }

    static Path png(int w, int h) throws IOException {
        Path file = FOLDER.resolve("pattern-" + w + "x" + h + ".png");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(FOLDER);
            Path tmp = Files.createTempFile(FOLDER, "png", ".tmp");
            writePng(tmp, w, h);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static Path jpeg(int w, int h) throws IOException {
        Path file = FOLDER.resolve("pattern-" + w + "x" + h + ".jpg");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(FOLDER);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            byte[] row = new byte[w * 3];
            SplittableRandom random = new SplittableRandom(w * 31L + h);
            for (int y = 0; y < h; y++) {
                rgbRow(row, y, w, random);
                for (int x = 0; x < w; x++) {
                    data[(y * w + x) * 3] = row[3 * x + 2];
                    data[(y * w + x) * 3 + 1] = row[3 * x + 1];
                    data[(y * w + x) * 3 + 2] = row[3 * x];
                }
            }
            Path tmp = Files.createTempFile(FOLDER, "jpg", ".tmp");
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** One row of the pattern as RGB bytes. */
    static void rgbRow(byte[] row, int y, int w, SplittableRandom random) {
        for (int x = 0; x < w; x++) {
            int n = random.nextInt(9) - 4;
            int r = (int) (128 + 100 * Math.sin(x * 0.002 + y * 0.001));
            int g = (int) (128 + 100 * Math.cos(y * 0.003 + x * 0.0005));
            int b = ((x / 500 + y / 500) % 2) * 80 + 60 + (int) (30 * Math.sin(x * 0.05));
            row[3 * x] = (byte) clamp(r + n);
            row[3 * x + 1] = (byte) clamp(g + n);
            row[3 * x + 2] = (byte) clamp(b + n);
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    private static void writePng(Path file, int w, int h) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            raw.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            byte[] header = new byte[13];
            java.nio.ByteBuffer.wrap(header).putInt(w).putInt(h).put((byte) 8).put((byte) 2);
            chunk(raw, "IHDR", header, header.length);
            IdatStream idat = new IdatStream(raw);
            Deflater deflater = new Deflater(6);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
                byte[] prev = new byte[w * 3];
                byte[] row = new byte[w * 3];
                byte[][] candidates = new byte[5][w * 3 + 1];
                SplittableRandom random = new SplittableRandom(w * 31L + h);
                for (int y = 0; y < h; y++) {
                    rgbRow(row, y, w, random);
                    z.write(bestFilter(row, prev, candidates));
                    byte[] t = prev;
                    prev = row;
                    row = t;
                }
            }
            deflater.end();
            chunk(raw, "IEND", new byte[0], 0);
        }
    }

    /** libpng's heuristic: the filter whose output has the smallest sum of absolute signed bytes. */
    private static byte[] bestFilter(byte[] row, byte[] prev, byte[][] out) {
        int n = row.length;
        long best = Long.MAX_VALUE;
        byte[] chosen = out[0];
        for (int f = 0; f < 5; f++) {
            byte[] o = out[f];
            o[0] = (byte) f;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                int a = i >= 3 ? row[i - 3] & 0xFF : 0;
                int b = prev[i] & 0xFF;
                int c = i >= 3 ? prev[i - 3] & 0xFF : 0;
                int p = switch (f) {
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) >> 1;
                    case 4 -> paeth(a, b, c);
                    default -> 0;
                };
                byte v = (byte) (row[i] - p);
                o[i + 1] = v;
                sum += Math.abs(v);
            }
            if (sum < best) {
                best = sum;
                chosen = o;
            }
        }
        return chosen;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        d.write(t);
        d.write(data, 0, length);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /** Cuts the deflate stream into IDAT chunks of 64 KiB. */
    private static final class IdatStream extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        IdatStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
                if (used == buffer.length) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (used > 0) {
                chunk(out, "IDAT", buffer, used);
                used = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk();
        }
    }
}
