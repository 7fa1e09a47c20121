package dev.promptcanvas.annotations.formats.labelme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes a mask as the PNG LabelMe stores in mask shapes - 8-bit grayscale, 1 for foreground and 0 elsewhere,
 * as LabelMe's own {@code img_arr_to_b64(mask.astype(np.uint8))} does - without java.awt or javax.imageio.
 */
public final class PngMaskEncoder {

    private PngMaskEncoder() {
    }

    /** The PNG bytes of a row-major mask ({@code mask[y * width + x]}, any non-zero byte is foreground). */
    public static byte[] encode(byte[] mask, int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height > mask.length) {
            throw new IllegalArgumentException("mask of " + mask.length + " bytes cannot be a " + width + "x"
                    + height + " PNG");
        }
        byte[] raw = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            int row = y * (width + 1);
            raw[row] = 0;
            for (int x = 0; x < width; x++) {
                raw[row + 1 + x] = (byte) (mask[y * width + x] != 0 ? 1 : 0);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(PngMaskDecoder.SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 0;
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", deflate(raw));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 8));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(head);
        out.writeBytes(data);
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
