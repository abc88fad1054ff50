# round() and formatting round the exact binary value, ties to even.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5678, 1e16 + 1, 5e-324):
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), f"{x:.2f}", f"{x:.0f}")
print(round(25, -1), round(35, -1), round(-25, -1), round(123456, -3), round(5, 2))
print(round(2.5, None), type(round(2.5)), type(round(2.5, 0)))
for bad in (float("nan"), float("inf")):
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
