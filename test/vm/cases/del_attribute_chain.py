class Link:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt
    def __del__(self):
        print("unlink", self.value)

head = None
for i in range(6):
    head = Link(i, head)
print("chain built, head", head.value)
head.nxt.nxt = None
print("cut after second")
head = None
print("end")
