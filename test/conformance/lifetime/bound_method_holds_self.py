# A bound method object keeps its instance alive even after every other name is gone.
class Worker:
    def run(self):
        return "running"
    def __del__(self):
        print("Worker freed")

w = Worker()
m = w.run
del w
print("instance name deleted; method says", m())
print("self via method:", type(m.__self__).__name__)
del m
print("end")
