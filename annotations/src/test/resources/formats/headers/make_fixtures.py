"""Writes tiny images of known sizes for ImageHeaderSizesTest (run with Pillow: python make_fixtures.py)."""
from PIL import Image

Image.new("RGB", (37, 21), (200, 10, 10)).save("rgb_37x21.png")
Image.new("RGB", (45, 19), (10, 200, 10)).save("baseline_45x19.jpg", quality=80)
Image.new("RGB", (45, 19), (10, 200, 10)).save("progressive_45x19.jpg", progressive=True, quality=80)
Image.new("RGB", (12, 34), (10, 10, 200)).save("p_12x34.gif")
Image.new("RGB", (13, 7), (1, 2, 3)).save("rgb_13x7.bmp")
Image.new("RGB", (50, 30), (9, 9, 9)).save("lossy_50x30.webp", lossless=False)
Image.new("RGBA", (51, 31), (9, 9, 9, 100)).save("lossless_51x31.webp", lossless=True)
