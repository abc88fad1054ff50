# gen.close() returns the value a generator returns while handling GeneratorExit (3.13+).
def summer():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total

g = summer()
next(g)
for v in [3, 4, 5]:
    g.send(v)
print("close returned:", g.close())
h = summer()
print("close of unstarted:", h.close())
