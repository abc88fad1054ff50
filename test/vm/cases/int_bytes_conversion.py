# int.to_bytes / int.from_bytes with byte orders and signedness.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b""))
print(int.from_bytes([1, 2, 3], "big") if False else int.from_bytes(bytes([1, 2, 3]), "big"))
for call in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True)):
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).as_integer_ratio(), (7).is_integer(), (5).real, (5).imag, (5).numerator, (5).denominator, (3).conjugate())
