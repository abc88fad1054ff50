import gc
import sys
import types


def who_holds(obj, *, limit=5, skip=()):
    """List a few containers that refer to obj, ignoring frames and our own locals."""
    found = []
    for holder in gc.get_referrers(obj):
        if holder is skip or isinstance(holder, types.FrameType):
            continue
        kind = type(holder).__name__
        if isinstance(holder, dict):
            keys = [k for k, v in holder.items() if v is obj]
            found.append(f"dict[{', '.join(map(repr, keys))}]")
        elif isinstance(holder, (list, tuple)):
            found.append(f"{kind} of {len(holder)} at index {holder.index(obj)}")
        else:
            found.append(kind)
        if len(found) >= limit:
            break
    return found


class Leaky:
    pass


registry = []
leak = Leaky()
registry.append(leak)
cache = {"latest": leak}
print(sys.getrefcount(leak) - 1, "references")
for line in who_holds(leak):
    print(" -", line)
