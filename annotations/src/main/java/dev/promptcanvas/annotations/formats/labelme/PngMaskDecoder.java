package dev.promptcanvas.annotations.formats.labelme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs LabelMe embeds in mask shapes into a foreground map, without java.awt or javax.imageio.
 *
 * <p>Handles non-interlaced PNGs of every colour type and bit depth: grayscale (1, 2, 4, 8, 16 bit), RGB,
 * palette, grayscale + alpha and RGBA. A pixel is foreground when its gray value, palette index or any colour
 * channel is non-zero - and, where there is alpha, when it is not fully transparent. LabelMe itself writes 8-bit
 * grayscale (values 0/1) or 1-bit masks. Chunk CRCs are checked; errors throw {@link IllegalArgumentException}
 * with the reason.
 */
public final class PngMaskDecoder {

    /** A decoded mask: {@code foreground[y * width + x]} is 1 for foreground pixels, else 0. */
    public record Decoded(int width, int height, byte[] foreground) {
    }

    static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

    private PngMaskDecoder() {
    }

    public static Decoded decode(byte[] png) {
        if (png.length < SIGNATURE.length) {
            throw new IllegalArgumentException("not a PNG (only " + png.length + " bytes)");
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                throw new IllegalArgumentException("not a PNG (bad signature)");
            }
        }
        Header header = null;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        boolean ended = false;
        int pos = SIGNATURE.length;
        while (!ended && pos + 12 <= png.length) {
            long length = readUnsigned(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - pos - 12) {
                throw new IllegalArgumentException("PNG chunk " + type + " is cut off (truncated PNG)");
            }
            int len = (int) length;
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + len);
            if (crc.getValue() != readUnsigned(png, pos + 8 + len)) {
                throw new IllegalArgumentException("PNG chunk " + type + " has a bad CRC (corrupt PNG)");
            }
            switch (type) {
                case "IHDR" -> header = Header.parse(png, pos + 8, len);
                case "IDAT" -> data.write(png, pos + 8, len);
                case "IEND" -> ended = true;
                default -> {
                    // PLTE, tRNS and ancillary chunks do not change which pixels are set.
                }
            }
            pos += 12 + len;
        }
        if (header == null) {
            throw new IllegalArgumentException("PNG has no IHDR chunk");
        }
        if (!ended) {
            throw new IllegalArgumentException("PNG has no IEND chunk (truncated PNG)");
        }
        byte[] raw = inflate(data.toByteArray(), header.rawSize());
        unfilter(raw, header);
        return new Decoded(header.width, header.height, foreground(raw, header));
    }

    private static byte[] inflate(byte[] compressed, long expected) {
        if (expected > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("PNG is too large to decode (" + expected + " bytes of pixels)");
        }
        byte[] raw = new byte[(int) expected];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n < raw.length) {
                throw new IllegalArgumentException("PNG image data is short: " + n + " of " + raw.length
                        + " bytes (truncated PNG)");
            }
            return raw;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("PNG image data is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static void unfilter(byte[] raw, Header h) {
        int stride = h.rowBytes + 1;
        int bpp = Math.max(1, h.channels * h.bitDepth / 8);
        for (int y = 0; y < h.height; y++) {
            int row = y * stride;
            int filter = raw[row] & 0xff;
            int start = row + 1;
            int prior = start - stride;
            for (int i = 0; i < h.rowBytes; i++) {
                int a = i >= bpp ? raw[start + i - bpp] & 0xff : 0;
                int b = y > 0 ? raw[prior + i] & 0xff : 0;
                int c = i >= bpp && y > 0 ? raw[prior + i - bpp] & 0xff : 0;
                int add = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) >>> 1;
                    case 4 -> paeth(a, b, c);
                    default -> throw new IllegalArgumentException("PNG row " + y + " has unknown filter " + filter);
                };
                raw[start + i] = (byte) (raw[start + i] + add);
            }
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static byte[] foreground(byte[] raw, Header h) {
        byte[] out = new byte[h.width * h.height];
        int stride = h.rowBytes + 1;
        int[] px = new int[h.channels];
        for (int y = 0; y < h.height; y++) {
            int row = y * stride + 1;
            for (int x = 0; x < h.width; x++) {
                for (int c = 0; c < h.channels; c++) {
                    px[c] = sample(raw, row, x * h.channels + c, h.bitDepth);
                }
                out[y * h.width + x] = (byte) (isForeground(px, h.colorType) ? 1 : 0);
            }
        }
        return out;
    }

    private static int sample(byte[] raw, int row, int index, int bitDepth) {
        switch (bitDepth) {
            case 8:
                return raw[row + index] & 0xff;
            case 16:
                return (raw[row + 2 * index] & 0xff) << 8 | raw[row + 2 * index + 1] & 0xff;
            default:
                int bit = index * bitDepth;
                int shift = 8 - bitDepth - (bit & 7);
                return (raw[row + (bit >> 3)] >> shift) & ((1 << bitDepth) - 1);
        }
    }

    private static boolean isForeground(int[] px, int colorType) {
        return switch (colorType) {
            case 0, 3 -> px[0] != 0;
            case 2 -> (px[0] | px[1] | px[2]) != 0;
            case 4 -> px[0] != 0 && px[1] != 0;
            case 6 -> (px[0] | px[1] | px[2]) != 0 && px[3] != 0;
            default -> throw new IllegalStateException("colour type " + colorType);
        };
    }

    static long readUnsigned(byte[] b, int pos) {
        return ((long) (b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8)
                | (b[pos + 3] & 0xff);
    }

    /** The IHDR fields this decoder needs. */
    private record Header(int width, int height, int bitDepth, int colorType, int channels, int rowBytes) {

        static Header parse(byte[] png, int at, int length) {
            if (length != 13) {
                throw new IllegalArgumentException("PNG IHDR chunk has " + length + " bytes, expected 13");
            }
            long width = readUnsigned(png, at);
            long height = readUnsigned(png, at + 4);
            int bitDepth = png[at + 8] & 0xff;
            int colorType = png[at + 9] & 0xff;
            int interlace = png[at + 12] & 0xff;
            if (width == 0 || height == 0 || width * height > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("PNG size " + width + "x" + height + " is empty or too large");
            }
            if (png[at + 10] != 0 || png[at + 11] != 0) {
                throw new IllegalArgumentException("PNG uses an unknown compression or filter method");
            }
            if (interlace != 0) {
                throw new IllegalArgumentException("interlaced (Adam7) PNG masks are not supported");
            }
            int channels = switch (colorType) {
                case 0, 3 -> 1;
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> throw new IllegalArgumentException("PNG colour type " + colorType + " is invalid");
            };
            boolean validDepth = switch (colorType) {
                case 0 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
                case 3 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
                default -> bitDepth == 8 || bitDepth == 16;
            };
            if (!validDepth) {
                throw new IllegalArgumentException("PNG bit depth " + bitDepth + " is invalid for colour type "
                        + colorType);
            }
            long rowBytes = (width * channels * bitDepth + 7) / 8;
            if (rowBytes > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("PNG rows are too long (" + width + " pixels)");
            }
            return new Header((int) width, (int) height, bitDepth, colorType, channels, (int) rowBytes);
        }

        long rawSize() {
            return (long) height * (rowBytes + 1L);
        }
    }
}
