import gc

found = gc.collect())
print(f"collected {found} objects")
