# Recursively flattening nested lists and measuring nesting depth.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)

data = [1, [2, [3, [4, []]], 5], [[6]], []]
print(flatten(data))
print(depth(data), depth([]), depth(5), depth([[[]]]))
print(sum(flatten(data)), len(flatten([[[]]])))
