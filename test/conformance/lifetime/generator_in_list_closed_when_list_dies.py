# Generators stored in a list are closed when the list is freed, last one first.
def named(n):
    try:
        yield n
    finally:
        print("closing gen", n)

gens = [named(i) for i in range(3)]
for gg in gens:
    next(gg)
del gg
print("drop list")
gens = None
print("end")
