# Generators: suspension keeps locals alive; close()/dealloc run finally blocks; send/throw;
# return values; yield from delegation; generator expressions and their iterator.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def gen(n):
    r = R("local" + str(n))
    try:
        yield 1
        yield 2
    finally:
        print("finally", n)
    return 7

g = gen(1)
print(next(g))
del g
print("---")
print(list(gen(2)))
g = gen(3)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def plain():
    r = R("plain")
    yield 1
    yield 2
g = plain()
next(g)
print("dropping a generator suspended outside try")
del g

def echo():
    x = yield "first"
    while True:
        try:
            x = yield x * 2
        except ValueError as e:
            print("caught", e)
            x = yield "recovered"
g = echo()
print(g.send(None), g.send(3), g.throw(ValueError("bad")), g.send(5))
g.close()
print("closed", g.gi_frame, g.gi_running, g.gi_suspended)

def sub():
    r = R("sub")
    x = yield 1
    print("sub got", x)
    yield 2
    return "subret"
def outer():
    r = R("outer")
    v = yield from sub()
    print("outer got", v)
    yield 3
g = outer()
print(next(g), g.send("hello"), next(g))
del g

print(sum(x * x for x in range(5)))
ge = (R(i) for i in range(3))
print(next(ge).n)
del ge
print("genexp dropped")

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

import sys
sys.unraisablehook = lambda u: print("unraisable:", u.err_msg.split(" <")[0], type(u.exc_value).__name__, u.exc_value)
def ignore():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
g = ignore()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
g = None

def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)

it = iter([1, 2, 3])
def yf():
    yield from it
print(list(yf()))

def cyc():
    me = yield
    try:
        yield 1
    finally:
        print("cycle generator closed by the collector")
import gc
g = cyc()
next(g)
g.send(g)
del g
print("collected", gc.collect())
