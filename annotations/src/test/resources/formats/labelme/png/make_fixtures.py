#!/usr/bin/env python3
"""Writes the PNG fixtures for PngMaskDecoderTest with Pillow (and one hand-filtered PNG with zlib).

Every fixture is 13x9 and shows the same mask: foreground where (7x + 3y) % 5 == 0 or x == y.
Run from this folder: python3 make_fixtures.py (needs Pillow).
"""
import struct
import zlib

from PIL import Image

W, H = 13, 9


def fg(x, y):
    return (7 * x + 3 * y) % 5 == 0 or x == y


def make(mode, on, off):
    im = Image.new(mode, (W, H))
    im.putdata([on if fg(x, y) else off for y in range(H) for x in range(W)])
    return im


make("1", 1, 0).save("gray1.png")
make("L", 1, 0).save("gray8_01.png")
make("L", 255, 0).save("gray8_0255.png")
make("I;16", 1000, 0).save("gray16.png")
make("RGB", (200, 0, 0), (0, 0, 0)).save("rgb8.png")
make("RGBA", (255, 255, 255, 255), (255, 255, 255, 0)).save("rgba8.png")
make("LA", (255, 255), (255, 0)).save("la8.png")
p = Image.new("P", (W, H))
p.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0] + [0] * (256 - 3) * 3)
p.putdata([1 + (x % 2) if fg(x, y) else 0 for y in range(H) for x in range(W)])
p.save("palette8.png")
p.save("palette2.png", bits=2)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def paeth(a, b, c):
    pp = a + b - c
    pa, pb, pc = abs(pp - a), abs(pp - b), abs(pp - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


# RGB rows encoded with filter type y % 5 (None, Sub, Up, Average, Paeth), colours varying so filters matter.
bpp = 3


def colour(x, y):
    return (((40 + 9 * x + 5 * y) % 255) + 1, 0, (3 * x) % 256) if fg(x, y) else (0, 0, 0)


rows = [[c for x in range(W) for c in colour(x, y)] for y in range(H)]
raw = b""
prior = [0] * (W * bpp)
for y, row in enumerate(rows):
    f = y % 5
    out = []
    for i, v in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        pred = [0, a, b, (a + b) // 2, paeth(a, b, c)][f]
        out.append((v - pred) % 256)
    raw += bytes([f] + out)
    prior = row
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("rgb8_all_filters.png", "wb").write(png)
