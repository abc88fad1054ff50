# math.floor/ceil/trunc use __floor__/__ceil__/__trunc__ and fall back to __float__.
import math
class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class G:
    def __float__(self):
        return 2.7
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.floor(G()), math.ceil(G()), math.sqrt(G()))
print(math.floor(True), math.ceil(5), math.floor(-3.0), type(math.ceil(2.1)))
for call in (lambda: math.trunc(G()), lambda: math.floor("3")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
