# round() uses banker's rounding and float representation; format rounding shown alongside.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), f"{v:.2f}", f"{v:.0f}")
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(-35, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
