# bool is an int: arithmetic, hashing, formatting, and identity of results.
print(True + True, True * 3, True / 2, True // 2, -True, ~int(False), True ** 10, True & False, True | False, True ^ True)
print(type(True & True), type(True + 0), isinstance(True, int), issubclass(bool, int))
print(hash(True), hash(1) == hash(True), {1: "a", True: "b"}, {True, 1, 1.0})
print(int(True), float(False), str(True), repr(False), format(True), format(True, "d"), f"{False:>6}")
print(bool(0), bool(0.0), bool(""), bool([]), bool([0]), bool(None), bool("False"), bool(-1))
print(sum([True, True, False]), max(False, True), sorted([True, False, 2, -1]))
