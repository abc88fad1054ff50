# complex: literals, arithmetic, repr, abs, conjugate, comparisons, and constructor parsing.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 2, z / 2, z + 1.5, z - 1j, z * 1j, 1j ** 2, z ** 2)
print(complex(1, 2), complex("1+2j"), complex("-3.5j"), complex(2), complex(), 2j, 0j, -0j, (1 + 0j) == 1, 1j == 1j)
print((-8) ** 0.5, (-1) ** 0.5, 1 / (1 + 1j), (1 + 2j) / (3 - 4j), repr(complex(-0.0, 0.0)), complex(1e300, 1e300) * 1)
for bad in (lambda: 1j < 2j, lambda: complex("abc"), lambda: (1 + 1j) / 0, lambda: complex("1", "2")):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
