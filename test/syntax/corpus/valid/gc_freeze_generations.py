import gc
import sys

if sys.implementation.name != "cpython":
    raise SystemExit("CPython only")

print("thresholds:", gc.get_threshold())
print("counts:    ", gc.get_count())

gc.freeze()
print("frozen objects:", gc.get_freeze_count())
gc.unfreeze()

stats = gc.get_stats()
for gen, s in enumerate(stats):
    print(f"gen{gen}: collections={s['collections']:>4} collected={s['collected']:>6} uncollectable={s['uncollectable']}")

gc.set_threshold(2000, 10, 0)
tracked = [gc.is_tracked(x) for x in (1, "s", [], {}, (1, 2), ([],))]
print(tracked, gc.is_finalized(object()))
