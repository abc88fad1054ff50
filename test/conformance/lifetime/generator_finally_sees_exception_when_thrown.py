# finally and except clauses inside a generator run when an exception is thrown in and not caught.
def g():
    try:
        yield 1
    except ZeroDivisionError:
        print("never here")
    finally:
        print("finally while propagating")

gen = g()
next(gen)
try:
    gen.throw(TypeError("nope"))
except TypeError as e:
    print("caller caught", e)
print(gen.gi_frame)
