# Temporaries and locals created inside an except block of module code follow normal rebinding rules.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("T", self.n, "freed")

try:
    raise ValueError
except ValueError:
    T(1)
    handled = T(2)
    print("in handler")
print("after handler, handled still bound:", handled.n)
handled = None
print("end")
