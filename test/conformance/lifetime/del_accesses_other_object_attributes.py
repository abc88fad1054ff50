# __del__ can read attributes of objects it references; those are freed after __del__ returns.
class Log:
    def __init__(self):
        self.lines = ["a", "b"]
    def __del__(self):
        print("log freed")

class Writer:
    def __init__(self, log):
        self.log = log
    def __del__(self):
        print("writer flushing", self.log.lines)

w = Writer(Log())
del w
print("end")
