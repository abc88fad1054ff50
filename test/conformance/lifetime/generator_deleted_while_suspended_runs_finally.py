# Deleting a suspended generator closes it: GeneratorExit is raised inside, so finally blocks run.
def reader():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        print("finally: close")

g = reader()
print(next(g), next(g))
print("deleting generator")
del g
print("end")
