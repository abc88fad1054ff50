# A __del__ run during list teardown can safely append to another list.
log = []

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)

items = [Item(i) for i in range(5)]
items = None
print("teardown order recorded:", log)
