# Identical string literals are the same object; strings built at runtime are equal but distinct until interned.
import sys

a = "hello"
b = "hello"
print(a is b)
c = "".join(["hel", "lo"])
print(c == a, c is a)
d = sys.intern(c)
print(d is a)
e = "hello world!"
f = "hello world!"
print(e is f)
