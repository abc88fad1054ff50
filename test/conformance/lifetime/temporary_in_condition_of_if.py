# A temporary created in an if condition dies before the body runs.
class Probe:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool asked", self.v)
        return self.v > 0
    def __del__(self):
        print("probe", self.v, "gone")

if Probe(5):
    print("in if body")
else:
    print("in else body")

if not Probe(-1):
    print("negated body")
print("finish")
