def mandelbrot(c: complex, limit: int = 30) -> int:
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


CHARS = " .:-=+*#%@"
for y in range(-12, 13):
    row = []
    for x in range(-40, 20):
        n = mandelbrot(complex(x / 20, y / 10))
        row.append(CHARS[min(n * len(CHARS) // 30, len(CHARS) - 1)])
    print("".join(row))
