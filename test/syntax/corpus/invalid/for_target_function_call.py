def name_of(x):
    return str(x)


for name_of(item) in ["a", "b"]:
    print(item)
