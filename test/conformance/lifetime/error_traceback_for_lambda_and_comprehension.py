# Uncaught error inside a lambda called from a list comprehension: frames show both.
convert = lambda s: int(s)

def parse_all(items):
    return [convert(x) for x in items]

print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
