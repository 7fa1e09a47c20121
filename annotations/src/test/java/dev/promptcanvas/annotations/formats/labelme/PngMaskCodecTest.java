package dev.promptcanvas.annotations.formats.labelme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PngMaskCodecTest {

    private static final int W = 13;
    private static final int H = 9;

    /** The pattern make_fixtures.py draws into every fixture. */
    private static boolean expected(int x, int y) {
        return (7 * x + 3 * y) % 5 == 0 || x == y;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PngMaskCodecTest.class.getResourceAsStream("/formats/labelme/png/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gray1.png", "gray8_01.png", "gray8_0255.png", "gray16.png", "rgb8.png", "rgba8.png",
        "la8.png", "palette8.png", "palette2.png", "rgb8_all_filters.png"})
    void decodesPillowWrittenPngsOfEveryColourType(String name) throws IOException {
        PngMaskDecoder.Decoded d = PngMaskDecoder.decode(fixture(name));
        assertThat(d.width()).isEqualTo(W);
        assertThat(d.height()).isEqualTo(H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                assertThat(d.foreground()[y * W + x] == 1).as(name + " pixel (" + x + ", " + y + ")")
                        .isEqualTo(expected(x, y));
            }
        }
    }

    @Test
    void encodeThenDecodeGivesTheSameMask() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int w = 1 + random.nextInt(70);
            int h = 1 + random.nextInt(70);
            byte[] mask = new byte[w * h];
            double density = random.nextDouble();
            for (int i = 0; i < mask.length; i++) {
                mask[i] = (byte) (random.nextDouble() < density ? 1 + random.nextInt(200) : 0);
            }
            PngMaskDecoder.Decoded d = PngMaskDecoder.decode(PngMaskEncoder.encode(mask, w, h));
            assertThat(d.width()).isEqualTo(w);
            assertThat(d.height()).isEqualTo(h);
            for (int i = 0; i < mask.length; i++) {
                assertThat(d.foreground()[i]).isEqualTo((byte) (mask[i] != 0 ? 1 : 0));
            }
        }
    }

    @Test
    void encoderWritesEightBitGrayWithValuesZeroAndOne() {
        byte[] png = PngMaskEncoder.encode(new byte[] {0, 5, 9, 0}, 2, 2);
        assertThat(png[24]).as("bit depth").isEqualTo((byte) 8);
        assertThat(png[25]).as("colour type").isEqualTo((byte) 0);
    }

    @Test
    void rejectsABadSignature() {
        byte[] png = PngMaskEncoder.encode(new byte[] {1}, 1, 1);
        png[1] = 'X';
        assertThatThrownBy(() -> PngMaskDecoder.decode(png)).hasMessageContaining("signature");
    }

    @Test
    void rejectsACorruptChunk() {
        byte[] png = PngMaskEncoder.encode(new byte[] {1, 0, 1, 0}, 2, 2);
        png[40] ^= 0x55;
        assertThatThrownBy(() -> PngMaskDecoder.decode(png)).hasMessageContaining("CRC");
    }

    @Test
    void rejectsATruncatedPng() {
        byte[] png = PngMaskEncoder.encode(new byte[64 * 64], 64, 64);
        assertThatThrownBy(() -> PngMaskDecoder.decode(Arrays.copyOf(png, png.length - 20)))
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsInterlacedPngsClearly() {
        byte[] png = PngMaskEncoder.encode(new byte[] {1, 0, 1, 0}, 2, 2);
        png[8 + 8 + 12] = 1;
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        long v = crc.getValue();
        png[29] = (byte) (v >>> 24);
        png[30] = (byte) (v >>> 16);
        png[31] = (byte) (v >>> 8);
        png[32] = (byte) v;
        assertThatThrownBy(() -> PngMaskDecoder.decode(png)).hasMessageContaining("interlaced");
    }
}
