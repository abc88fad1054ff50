# list methods and operators, including index bounds, insert clamping, and errors.
a = [3, 1, 4, 1, 5]
a.append(9); a.insert(0, 2); a.insert(-1, 7); a.insert(100, 8); a.extend((6, 6)); a += [0]
print(a, a.count(1), a.index(1), a.index(1, 3), a.index(6, -3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); a.reverse()
print(a, a.copy() == a, a.copy() is a, [1, 2] * 2, 2 * [0], [] * 3, [1] + [2], [1, 2] < [1, 3], [1, 2] == [1, 2.0], [[]] * 2)
b = [1]
b *= 3
print(b, [1, 2, 3][::-1], len([None] * 4))
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1][2], lambda: [1, 2]["a"], lambda: [1] < ["a"]):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
