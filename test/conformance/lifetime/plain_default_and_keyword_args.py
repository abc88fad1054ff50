# Positional, keyword, default, *args and **kwargs parameters and how calls bind them.
def describe(name, age=0, *hobbies, city="?", **extra):
    return f"{name} {age} {hobbies} {city} {sorted(extra.items())}"

print(describe("a"))
print(describe("b", 5))
print(describe("c", 6, "chess", "go"))
print(describe("d", city="Rome", lang="it", pet="cat"))
args = ["e", 7, "swim"]
kw = {"city": "Oslo", "zip": 123}
print(describe(*args, **kw))

def only_pos(a, b, /, c):
    return a + b + c

print(only_pos(1, 2, c=3), only_pos(1, 2, 3))
