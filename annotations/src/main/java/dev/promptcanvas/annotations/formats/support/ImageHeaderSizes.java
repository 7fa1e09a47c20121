package dev.promptcanvas.annotations.formats.support;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image's width and height read from its file header, without decoding it (and without AWT/ImageIO): PNG (IHDR),
 * JPEG (the first SOFn marker), GIF, BMP and WebP (VP8, VP8L, VP8X). Sizes are the stored raster's; a JPEG's EXIF
 * orientation is not applied.
 */
public final class ImageHeaderSizes {

    /** A raster size in pixels. */
    public record Size(int width, int height) {
    }

    private ImageHeaderSizes() {
    }

    /** The file's size, or null when the file is not one of the formats above or its header is cut short. */
    public static Size read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 14)) {
            DataInputStream in = new DataInputStream(raw);
            byte[] head = new byte[30];
            int n = in.readNBytes(head, 0, head.length);
            Size size = fromHead(head, n);
            if (size != null || n < 4 || (head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8) {
                return valid(size);
            }
            return valid(jpeg(head, n, in));
        } catch (EOFException e) {
            return null;
        }
    }

    private static Size valid(Size s) {
        return s != null && s.width() > 0 && s.height() > 0 ? s : null;
    }

    private static Size fromHead(byte[] b, int n) {
        if (n >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new Size(be32(b, 16), be32(b, 20));
        }
        if (n >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return new Size(le16(b, 6), le16(b, 8));
        }
        if (n >= 26 && b[0] == 'B' && b[1] == 'M') {
            return new Size(le32(b, 18), Math.abs(le32(b, 22)));
        }
        if (n >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return webp(b);
        }
        return null;
    }

    private static Size webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 ":
                return new Size(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
            case "VP8L":
                int bits = le32(b, 21);
                return new Size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
            case "VP8X":
                return new Size(le24(b, 24) + 1, le24(b, 27) + 1);
            default:
                return null;
        }
    }

    /** Walks the JPEG markers after the first bytes (already read into {@code head}) to the first SOFn. */
    private static Size jpeg(byte[] head, int n, DataInputStream rest) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(head, 2, n - 2), rest));
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                return null;
            }
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) {
                marker = in.readUnsignedByte();
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null;
            }
            int length = in.readUnsignedShort();
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                in.readUnsignedByte();
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return new Size(width, height);
            }
            in.skipNBytes(length - 2L);
        }
    }

    private static int be32(byte[] b, int i) {
        return ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xff) | ((b[i + 1] & 0xff) << 8);
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | ((b[i + 2] & 0xff) << 16);
    }

    private static int le32(byte[] b, int i) {
        return le24(b, i) | ((b[i + 3] & 0xff) << 24);
    }
}
