# An uncaught exception group is drawn as nested boxes: each leaf with its own traceback and chain.
def parse(text):
    return int(text)

errors = []
for text in ["1", "x", "2", "y"]:
    try:
        parse(text)
    except ValueError as e:
        errors.append(e)
try:
    raise KeyError("lookup")
except KeyError as k:
    errors.append(RuntimeError("wrapped"))
    errors[-1].__cause__ = k
raise ExceptionGroup("parse failures", [ExceptionGroup("values", errors[:2]), errors[2]])
