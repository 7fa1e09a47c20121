package dev.promptcanvas.inference.segment;

/** IEEE 754 binary16 conversions (Java 17 has no Float.floatToFloat16): round to nearest even, table decode. */
final class Half {

    private static final float[] TO_FLOAT = new float[1 << 16];

    static {
        for (int i = 0; i < TO_FLOAT.length; i++) {
            TO_FLOAT[i] = decode((short) i);
        }
    }

    private Half() {
    }

    static float toFloat(short h) {
        return TO_FLOAT[h & 0xFFFF];
    }

    private static float decode(short h) {
        int bits = h & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exp = bits >>> 10 & 0x1F;
        int mant = bits & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | mant << 13);
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | (exp + 112) << 23 | mant << 13);
    }

    static short fromFloat(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = bits >>> 16 & 0x8000;
        int abs = bits & 0x7FFFFFFF;
        if (abs >= 0x7F800000) {
            return (short) (sign | 0x7C00 | (abs > 0x7F800000 ? 0x200 : 0));
        }
        if (abs >= 0x477FF000) {
            return (short) (sign | 0x7C00);
        }
        if (abs < 0x38800000) {
            // subnormal half (or zero): value / 2^-24, rounded to nearest even
            float v = Float.intBitsToFloat(abs) * 0x1p24f;
            int m = (int) Math.rint(v);
            return (short) (sign | m);
        }
        int exp = (abs >>> 23) - 112;
        int mant = abs & 0x7FFFFF;
        int half = exp << 10 | mant >>> 13;
        int rest = mant & 0x1FFF;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }
}
