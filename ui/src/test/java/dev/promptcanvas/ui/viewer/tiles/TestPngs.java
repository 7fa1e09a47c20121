package dev.promptcanvas.ui.viewer.tiles;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Writes PNGs byte by byte with a chosen filter per row, so every filter type is exercised. */
final class TestPngs {

    private TestPngs() {
    }

    /**
     * Writes raw samples (row-major, {@code channels * bitDepth / 8} bytes per pixel) as a PNG, filtering row y with
     * filter type y % 5.
     */
    static void write(Path file, int width, int height, int colorType, int bitDepth, byte[] samples, byte[] plte,
                      byte[] trns) throws IOException {
        int channels = switch (colorType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        int bpp = channels * bitDepth / 8;
        int rowBytes = width * bpp;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] prev = new byte[rowBytes];
            for (int y = 0; y < height; y++) {
                int filter = y % 5;
                byte[] row = new byte[rowBytes];
                System.arraycopy(samples, y * rowBytes, row, 0, rowBytes);
                z.write(filter);
                for (int i = 0; i < rowBytes; i++) {
                    int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
                    int b = prev[i] & 0xFF;
                    int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
                    int predictor = switch (filter) {
                        case 1 -> a;
                        case 2 -> b;
                        case 3 -> (a + b) >> 1;
                        case 4 -> paeth(a, b, c);
                        default -> 0;
                    };
                    z.write((row[i] - predictor) & 0xFF);
                }
                prev = row;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(PngHeader.SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[] {(byte) bitDepth, (byte) colorType, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        if (plte != null) {
            chunk(out, "PLTE", plte);
        }
        if (trns != null) {
            chunk(out, "tRNS", trns);
        }
        byte[] data = raw.toByteArray();
        int half = data.length / 2;
        chunk(out, "IDAT", java.util.Arrays.copyOfRange(data, 0, half));
        chunk(out, "IDAT", java.util.Arrays.copyOfRange(data, half, data.length));
        chunk(out, "IEND", new byte[0]);
        Files.write(file, out.toByteArray());
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
