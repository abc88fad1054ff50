import gc

log = []


class Parent:
    def __init__(self, name):
        self.name = name
        self.kids = []

    def adopt(self, kid):
        kid.parent = self  # strong back-pointer: creates a cycle
        self.kids.append(kid)
        return kid

    def __del__(self):
        log.append(f"parent {self.name} finalized with {len(self.kids)} kids")


class Child:
    parent = None

    def __init__(self, name):
        self.name = name

    def __del__(self):
        p = self.parent.name if self.parent else "-"
        log.append(f"child {self.name} (of {p}) finalized")


def build():
    p = Parent("Hera")
    for n in ("Ares", "Hebe"):
        p.adopt(Child(n))


build()
print("after build:", log)
unreachable = gc.collect()
print(f"gc found {unreachable} objects")
for line in sorted(log):
    print(" ", line)
print(gc.garbage)
