import gc


class Cyclic:
    def __init__(self):
        self.me = self


for _ in range(3):
    Cyclic()
print("collected", gc.collect())