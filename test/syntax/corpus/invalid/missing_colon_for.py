names = ["alpha", "beta", "gamma"]
lengths = {}
for name in names
    lengths[name] = len(name)
print(lengths)
