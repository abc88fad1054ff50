# Storing a bound method of self on self creates a reference cycle.
import gc
gc.disable()
gc.collect()

class Button:
    def __init__(self):
        self.handler = self.clicked
    def clicked(self):
        return "clicked"
    def __del__(self):
        print("button freed")

b = Button()
print(b.handler())
del b
print("deleted; not freed yet")
gc.collect()
print("end")
