import gc

collected = gc.collect()
if collected:
    return collected
print("nothing to collect")
