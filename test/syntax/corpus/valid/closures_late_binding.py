def late():
    return [lambda: i for i in range(3)]


def early():
    return [lambda i=i: i for i in range(3)]


def counter_factory():
    counts = {}

    def make(name):
        def inc(step=1):
            counts[name] = counts.get(name, 0) + step
            return counts[name]
        inc.__name__ = f"inc_{name}"
        return inc

    return make, counts


def cell_inspection():
    x = 10

    def show():
        return x

    x = 20
    return show, show.__closure__[0].cell_contents


print([f() for f in late()], [f() for f in early()])
make, counts = counter_factory()
a, b = make("a"), make("b")
a(); a(5); b()
print(counts, a.__name__, cell_inspection()[1], cell_inspection()[0]())
