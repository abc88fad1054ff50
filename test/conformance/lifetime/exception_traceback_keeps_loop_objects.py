# An exception caught inside a loop and kept in a list keeps each failing frame's locals alive.
class Task:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("task", self.n, "freed")

def run(n):
    t = Task(n)
    if n % 2:
        raise ValueError(n)
    return n

errors = []
for i in range(4):
    try:
        run(i)
    except ValueError as e:
        errors.append(e)
print("errors kept:", [e.args[0] for e in errors])
errors.clear()
print("end")
