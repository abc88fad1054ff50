# Constants grouped in a class, reverse lookup with a dict comprehension and iteration over vars().
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

names = {v: k for k, v in vars(Color).items() if k.isupper()}
print(names)
for code in [2, 3, 9]:
    print(code, names.get(code, "unknown"))
print(sorted(k for k in vars(Color) if not k.startswith("_")))
print(Color.RED < Color.BLUE, Color.GREEN * 10)
