class Cell:
    freed = 0
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        Cell.freed += 1

head = None
for i in range(20000):
    head = Cell(head)
print("built")
head = None
print("freed", Cell.freed)
