# A list comprehension that maps through temporaries frees each temporary as it goes.
class Wrap:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("unwrap", self.v)

values = [Wrap(i).v * 2 for i in range(3)]
print(values)
kept = [Wrap(i) for i in range(2)]
print("kept", len(kept))
del kept
print("end")
