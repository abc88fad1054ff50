# break and continue inside a with block in a loop still run __exit__ each time.
class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        print("enter", self.i)
    def __exit__(self, *a):
        print("exit", self.i)

for i in range(4):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("loop done")
