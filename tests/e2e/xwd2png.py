#!/usr/bin/python3
"""Writes an X window dump (XWD, as Xvfb keeps its screen with -fbdir, or as `xwd` writes) as a PNG.

    xwd2png.py SCREEN.xwd OUT.png

Standard library only, so a screenshot needs neither ImageMagick nor xwd: keyboard_demo.sh starts
Xvfb with -fbdir and converts its Xvfb_screen0 file when a step fails (and once on the report page).
"""

import struct
import sys
import zlib

HEADER_FIELDS = (
    "header_size file_version pixmap_format pixmap_depth width height xoffset byte_order bitmap_unit "
    "bitmap_bit_order bitmap_pad bits_per_pixel bytes_per_line visual_class red_mask green_mask blue_mask "
    "bits_per_rgb colormap_entries ncolors window_width window_height window_x window_y window_bdrwidth"
).split()
Z_PIXMAP = 2
TRUE_COLOR, DIRECT_COLOR = 4, 5


def read_xwd(path):
    """(width, height, rgb bytes) of a true-colour ZPixmap dump."""
    with open(path, "rb") as f:
        data = f.read()
    # The header is written most significant byte first (xwd and Xvfb both swap it so).
    header = dict(zip(HEADER_FIELDS, struct.unpack(">25I", data[:100])))
    if header["file_version"] != 7:
        sys.exit(f"xwd2png: {path}: not an XWD file of version 7")
    if header["pixmap_format"] != Z_PIXMAP or header["visual_class"] not in (TRUE_COLOR, DIRECT_COLOR):
        sys.exit(f"xwd2png: {path}: only true-colour ZPixmap dumps are read")
    width, height, bpp, stride = header["width"], header["height"], header["bits_per_pixel"], header["bytes_per_line"]
    if bpp not in (24, 32):
        sys.exit(f"xwd2png: {path}: {bpp} bits per pixel is not read")
    start = header["header_size"] + 12 * header["ncolors"]
    pixels = data[start : start + stride * height]
    if len(pixels) < stride * height:
        sys.exit(f"xwd2png: {path}: the image is cut short")
    step = bpp // 8
    little = header["byte_order"] == 0
    # Each mask's byte within a pixel, as the pixel is laid out in memory.
    where = []
    for mask in (header["red_mask"], header["green_mask"], header["blue_mask"]):
        shift = {0xFF: 0, 0xFF00: 8, 0xFF0000: 16, 0xFF000000: 24}.get(mask)
        if shift is None:
            sys.exit(f"xwd2png: {path}: colour mask {mask:#x} is not read")
        where.append(shift // 8 if little else step - 1 - shift // 8)
    rgb = bytearray(3 * width * height)
    for y in range(height):
        row = pixels[y * stride : y * stride + width * step]
        out = 3 * width * y
        for channel, offset in enumerate(where):
            rgb[out + channel : out + 3 * width : 3] = row[offset::step]
    return width, height, bytes(rgb)


def write_png(path, width, height, rgb):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    raw = b"".join(b"\0" + rgb[3 * width * y : 3 * width * (y + 1)] for y in range(height))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: xwd2png.py SCREEN.xwd OUT.png")
    write_png(sys.argv[2], *read_xwd(sys.argv[1]))


if __name__ == "__main__":
    main()
