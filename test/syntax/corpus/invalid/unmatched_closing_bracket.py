items = ["a", "b", "c"]
first = items[0]]
print(first)
