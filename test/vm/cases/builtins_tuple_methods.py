# tuple methods, operators, hashing, comparison and identity rules.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, (0,) * 0, t[1:3], t[::-1], len(t), 2 in t, max(t))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2,) > (1, 99), () == (), (1,) == [1], tuple("ab"), tuple(range(3)), tuple())
print(t[:] is t, tuple(t) is t, t * 1 is t, (1, [2])[1])
for call in (lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: hash((1, [2])), lambda: (1,) < ("a",)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
