# The same values through %, str.format and f-strings.
vals = [0, 7, -7, 3.14159, -0.5, 1e6, 255]
for v in vals:
    print("%s|%r|%5s" % (v, v, v), "{}|{!r}|{:>5}".format(v, v, v), f"{v}|{v!r}|{v:>5}")
for v in (3.14159, -2.5, 1234.5):
    print("%.2f %e %g %10.3f %-10.1f|" % (v, v, v, v, v), "{:.2f} {:e} {:g} {:10.3f} {:<10.1f}|".format(v, v, v, v, v))
for v in (255, -255, 0):
    print("%x %X %o %#x %#o %08d %+d" % (v, v, v, v, v, v, v), "{:x} {:X} {:o} {:#x} {:#o} {:08d} {:+d}".format(v, v, v, v, v, v, v))
