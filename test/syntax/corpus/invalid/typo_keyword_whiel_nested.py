class Queue:
    def drain(self):
        whiel self.items:
            self.items.pop()
