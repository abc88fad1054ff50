# Edge cases of list methods: index with bounds, insert beyond the end, pop negative, count of lists.
xs = ["a", "b", "c", "b"]
print(xs.index("b"), xs.index("b", 2), xs.count("b"))
xs.insert(100, "end")
xs.insert(-100, "start")
print(xs)
print(xs.pop(-2), xs)
ys = [[1], [1], [2]]
print(ys.count([1]), [1] in ys, ys.index([2]))
zs = [3, 1, 2]
print(zs.sort(), zs, sorted(zs, reverse=True), zs)
print([] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
