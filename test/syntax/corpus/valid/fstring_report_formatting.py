from datetime import datetime, timedelta

rows = [
    ("weakref.ref", 1_204, 0.0123, timedelta(seconds=3)),
    ("WeakValueDictionary", 87, 1.5, timedelta(minutes=2, seconds=5)),
    ("finalize", 12_000_000, 0.000042, timedelta(hours=1)),
]
generated = datetime(2025, 3, 14, 15, 9, 26)
width = 22
title = "Lifetime report"

print(f"{title:=^{width * 2 + 8}}")
print(f"{'name':<{width}} {'count':>12} {'avg ms':>10} {'span':>9}")
for name, count, avg, span in rows:
    h, rem = divmod(int(span.total_seconds()), 3600)
    m, s = divmod(rem, 60)
    print(f"{name:<{width}.{width}} {count:>12,} {avg * 1e3:>10.3f} {f'{h:02}:{m:02}:{s:02}':>9}")
total = sum(r[1] for r in rows)
print(f"{'':-<{width}} {'':->12}")
print(f"{'total':<{width}} {total:>12_} ({total:.2e}) {total:#x}")
print(f"generated {generated:%Y-%m-%d at %H:%M:%S} ({generated.isoformat(timespec='minutes')!r})")
print(f"{rows[0][0]!r:>{width}}|{rows[1][2]:+.1f}|{-rows[1][2]: .1f}|{rows[2][2]:g}|{rows[2][2]:.2%}")
debug_value = rows[0][1] // 7
print(f"{debug_value = :,}", f"{rows[1][0].upper()=}", f"{len(rows)=!s}")
