# Reports the default collection thresholds and that set_threshold changes them.
import gc

print("default:", gc.get_threshold())
gc.set_threshold(500, 5, 5)
print("after set:", gc.get_threshold())
gc.set_threshold(100)
print("only first set:", gc.get_threshold())
