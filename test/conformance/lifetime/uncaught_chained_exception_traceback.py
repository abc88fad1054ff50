# An uncaught exception raised while handling another prints both tracebacks joined by a notice.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}")

print("parsing")
parse("abc")
