# Storing a value that cannot be weakly referenced raises TypeError.
import weakref

d = weakref.WeakValueDictionary()
for v in [1, "text", [1, 2], {"a": 1}, None]:
    try:
        d["k"] = v
    except TypeError as e:
        print("TypeError:", e)
print(len(d))
