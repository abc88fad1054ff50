# Generators and coroutines accept weak references; built-in iterators like list_iterator do not.
import weakref

def gen():
    yield 1

async def coro():
    pass

c = coro()
cases = [("generator", gen()), ("generator expression", (x for x in [])), ("coroutine", c),
         ("list iterator", iter([])), ("map", map(str, [])), ("zip", zip()), ("enumerate", enumerate([])),
         ("range iterator", iter(range(2)))]
for name, obj in cases:
    try:
        weakref.ref(obj)
        print(name, "OK")
    except TypeError as e:
        print(name, "->", e)
c.close()
