# throw() raises inside the suspended generator where the yield is; handled, the next yield is returned.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"

gen = g()
print(next(gen))
print(gen.throw(ValueError("bad")))
print(next(gen))
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(gen, "finished"))
