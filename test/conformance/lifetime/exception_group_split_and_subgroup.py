# split() and subgroup() rebuild the group's structure around the matching leaves, each part a new
# group that carries the original's traceback, cause, context and a copy of its notes.
class Tracked(Exception):
    def __del__(self):
        print("freed", self.args[0])

def build():
    return ExceptionGroup("outer", [Tracked("a"), ExceptionGroup("inner", [KeyError("k"), Tracked("b")])])

eg = build()
eg.add_note("note")
match, rest = eg.split(Tracked)
print(repr(match))
print(repr(rest))
print(match.__notes__, match.__notes__ is eg.__notes__)
print(match.exceptions[0] is eg.exceptions[0])
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
del eg
print("group dropped, parts still hold the leaves")
del match
print("match dropped")
del rest
print("end")
