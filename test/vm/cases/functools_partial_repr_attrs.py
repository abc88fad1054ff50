# partial's repr and attributes, and partial objects as dict keys and in sorted().
import functools
def f(a, b=0, *, c=1):
    return a + b + c
p = functools.partial(f, 1, c=5)
print(repr(p).startswith("functools.partial(<function f at"), repr(p).endswith(", 1, c=5)"))
print(p.args, p.keywords, p(2), p(b=3), type(p).__name__, callable(p))
q = functools.partial(max, key=len)
print(q(["ab", "c", "def"]), q.keywords)
print(sorted(["bb", "a", "ccc"], key=functools.partial(len)))
