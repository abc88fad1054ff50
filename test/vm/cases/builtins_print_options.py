# print with sep, end, multiple values and nested containers.
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("after")
print(1, 2.0, None, True, [1, (2, {3: "x"})], sep=", ", end=".\n")
print()
print("", "", sep="*")
print(*range(5), sep="")
print(*"abc", sep=" < ")
