# xs[i] += n on an object whose __add__ makes a new one replaces the item and frees the old one.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other)
    def __del__(self):
        print("Money", self.cents, "freed")

wallet = [Money(100), Money(5)]
wallet[0] += 50
print("after first +=", [m.cents for m in wallet])
wallet[1] += 1
print("after second +=", [m.cents for m in wallet])
wallet = None
print("end")
