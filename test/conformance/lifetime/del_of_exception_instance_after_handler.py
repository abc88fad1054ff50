# An exception instance whose class defines __del__ is freed when the except block ends.
class Tracked(Exception):
    def __del__(self):
        print("exception instance freed")

def fail():
    raise Tracked("x")

try:
    fail()
except Tracked as e:
    print("handling", e)
print("after handler")
