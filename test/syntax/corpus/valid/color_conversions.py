import colorsys
import re

HEX = re.compile(r"^#?(?P<r>[0-9a-f]{2})(?P<g>[0-9a-f]{2})(?P<b>[0-9a-f]{2})(?P<a>[0-9a-f]{2})?$", re.I)


def parse_hex(s: str) -> tuple[int, int, int, float]:
    if not (m := HEX.match(s.strip())):
        raise ValueError(f"not a hex colour: {s!r}")
    r, g, b = (int(m[k], 16) for k in "rgb")
    alpha = int(m["a"], 16) / 0xFF if m["a"] else 1.0
    return r, g, b, alpha


def to_hex(r, g, b, a=1.0):
    return f"#{r:02x}{g:02x}{b:02x}" + (f"{round(a * 255):02x}" if a < 1 else "")


def lighten(hex_color, amount=0.1):
    r, g, b, a = parse_hex(hex_color)
    h, l, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    l = min(1.0, l + amount)
    return to_hex(*(round(x * 255) for x in colorsys.hls_to_rgb(h, l, s)), a)


def contrast_ratio(c1, c2):
    def lum(c):
        chans = [v / 255 for v in parse_hex(c)[:3]]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in chans]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(c1), lum(c2)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


print(parse_hex("#3366CC80"), lighten("#336699", 0.2), f"{contrast_ratio('#ffffff', '#767676'):.2f}:1")
