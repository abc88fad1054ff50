FIXTURE = {"heap": {"objects": [{"id": 1, "type": "Tree", "refs": [{"to": 2, "via": ["root"]}], "meta": {"gen": [0, [1, [2, [3, [4, [5, [6, [7, [8]]]]]]]]]}},
                                {"id": 2, "type": "Node", "refs": [{"to": 3, "via": ["children", [0]]}, {"to": 1, "via": ["parent", {"weak": True}]}]}]}}

path = ((((((((((((("a", "b"), "c"), "d"), "e"), "f"), "g"), "h"), "i"), "j"), "k"), "l"), "m"), "n")


def depth(x, d=0):
    if isinstance(x, dict):
        return max((depth(v, d + 1) for v in x.values()), default=d + 1)
    if isinstance(x, (list, tuple)):
        return max((depth(v, d + 1) for v in x), default=d + 1)
    return d


result = (((((((((((((1 + 2) * 3) - 4) / 5) ** 2) // 1) % 7) + 8) * 9) - 10) + 11) * 12) - 13)
lookup = FIXTURE["heap"]["objects"][0]["meta"]["gen"][1][1][1][1][1][1][1][1][0]
calls = str(int(float(abs(round(min(max(len(list(map(str, range(10)))), 3), 20), 1)))))
print(depth(FIXTURE), depth(path), result, lookup, calls, [[[[[[[[[[[]]]]]]]]]]])
