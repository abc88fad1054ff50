# Using a non-weakrefable key raises TypeError; looking one up returns KeyError or False.
import weakref

d = weakref.WeakKeyDictionary()
for key in [1, "s", (1, 2)]:
    try:
        d[key] = "v"
    except TypeError as e:
        print("TypeError:", e)
print(1 in d, "s" in d)
try:
    d[1]
except (KeyError, TypeError) as e:
    print(type(e).__name__, e)
