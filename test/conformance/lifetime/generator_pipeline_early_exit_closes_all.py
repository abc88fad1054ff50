# Dropping the last stage of a generator pipeline closes every stage, outermost first.
def stage(name, src):
    try:
        for x in src:
            yield x
    finally:
        print("closing", name)

def source():
    try:
        yield from range(100)
    finally:
        print("closing source")

p = stage("c", stage("b", stage("a", source())))
print(next(p), next(p))
del p
print("end")
