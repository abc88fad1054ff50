values = [3, 1, 2]
print(f"{lambda v: sorted(v)}")
