config = {
    "servers": [
        {
            "name": "alpha",
            "ports": [(80, "http"), (443, "https"), (8080, {"proxy": [("upstream", [1, [2, [3, [4, [5]]]]])]})],
            "meta": {"tags": {"a", "b"}, "limits": {"cpu": [[0.5, 1.0], [2.0, [4.0, [8.0]]]]}},
        },
        {"name": "beta", "ports": [], "meta": {}},
    ],
    "matrix": [[[[[[[[0]]]]]]]],
}

deep = ((((((((((1,),),),),),),),),),)
calls = max(min(abs(round(sum([len(str(int(float("3.5"))))]), 0)), 10), 0)
lookup = config["servers"][0]["ports"][2][1]["proxy"][0][1][1][1][1][1]
funcs = [lambda: [lambda: {(lambda: ((lambda: [[{1: (2, [3])}]])()))(): 0}]]
nested_comp = [[[(i, j, k) for k in range(2)] for j in range(2)] for i in range(2)]
print(calls, lookup, len(nested_comp[1][1]), deep[0][0][0][0][0][0][0][0][0][0])
print(((((((((((((((((((((((((((((((("very deep"))))))))))))))))))))))))))))))))
