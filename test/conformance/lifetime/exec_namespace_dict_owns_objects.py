# Objects created by exec() in a fresh namespace dict die when that dict dies.
class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("tracker", self.n, "freed")

ns = {"Tracker": Tracker}
exec("a = Tracker(1)\nb = Tracker(2)\nc = a", ns)
print("exec done, names:", sorted(k for k in ns if k != "__builtins__"))
del ns["Tracker"]
ns = None
print("end")
