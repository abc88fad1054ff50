# Attribute names and identifier-like literals are interned, so runtime-built names match only after sys.intern.
import sys

class C:
    pass

literal = "colour"
c = C()
c.colour = 1
key = next(iter(vars(c)))
print(key == literal, key is literal)
name = "col" + "our"
print(name is literal)
runtime = "".join(["col", "our"])
print(runtime is literal)
print(sys.intern(runtime) is key)
setattr(c, runtime, 2)
print(next(iter(vars(c))) is literal, c.colour)
