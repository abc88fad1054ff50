# f-string formatting: widths, alignment, precision, thousands separators, conversions and debug =.
name = "Ada"
score = 1234567.891
ratio = 0.4567
n = 42
print(f"{name!r} {name!s} {name:>6}|{name:<6}|{name:^7}|")
print(f"{score:,.2f} {score:.3e} {score:_.1f}")
print(f"{ratio:.1%} {ratio:8.3f}| {n:05d} {n:+d} {-n:+d}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#b}")
print(f"{n=} {ratio*2=:.2f}")
width = 10
print(f"[{name:{width}}] [{3.14159:.{3}f}]")
print(f"{'nested ' + name}", f"{{literal braces}}")
print(f"{n:*^11}", f"{True}", f"{None}")
