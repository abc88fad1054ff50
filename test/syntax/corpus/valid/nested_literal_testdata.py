# Test data as deeply nested literals, the kind found in parser and serializer tests.
CASES = [
    ({"a": [1, {"b": [2, {"c": [3, {"d": [4, {"e": [5, {"f": [6]}]}]}]}]}]}, 12),
    ([[[[[[[[[[["deep"]]]]]]]]]]], 11),
    ((((((((((("tuple",),),),),),),),),),), 10),
    ({1: {2: {3: {4: {5: {6: {7: {8: {9: {}}}}}}}}}}, 9),
]


def depth(x) -> int:
    if isinstance(x, dict):
        return 1 + max(map(depth, x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max(map(depth, x), default=0)
    return 0


for data, expected in CASES:
    print(depth(data), expected)
print(((((((((((1 + 2) * 3) - 4) * 5) - 6) * 7) - 8) * 9) - 10) * 11))
