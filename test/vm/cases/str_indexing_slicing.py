# Indexing, slicing with steps, negative indices, iteration and membership of strs.
s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[7:2:-2], s[100:], s[-100:2])
print(list("hey"), "cd" in s, "" in s, "xz" not in s)
u = "a😀b"
print(len(u), u[1], u[::-1], list(u), u.find("b"))
for bad in (lambda: s[10], lambda: s["a"], lambda: s[1.0], lambda: 1 in s):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(s[:] is s, s[0:len(s)] is s)
