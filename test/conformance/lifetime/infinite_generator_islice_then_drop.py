# An infinite generator consumed partly by islice stays suspended until dropped, then is closed.
import itertools

def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals closed at", n)

g = naturals()
print(list(itertools.islice(g, 5)))
print(next(g))
del g
print("end")
