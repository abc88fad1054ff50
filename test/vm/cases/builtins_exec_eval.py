# exec and eval with default and explicit namespaces, and objects created by exec.
x = 10
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"), eval("y - 1", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def double(n):\n    return 2 * n\nresult = double(21)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
def inside():
    local_value = 7
    return eval("local_value * x")
print(inside())
exec("z = x + 1")
print(z)
class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("tracker", self.n, "freed")
space = {"Tracker": Tracker}
exec("a = Tracker(1)\nb = a", space)
print("dropping namespace")
space = None
print("end")
