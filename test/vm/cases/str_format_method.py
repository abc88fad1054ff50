# str.format: auto and manual numbering, names, attributes, items, conversions, nested specs.
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "point"
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x} {0.y[1]} {d[key]} {d[0]}".format(P(), d={"key": "v", 0: "zero"}))
print("{!r} {!s} {!a}".format(P(), P(), "é"))
print("{:>{w}} | {:^{w}.{p}}".format("r", "center", w=8, p=3))
print("{{literal}} {}".format("x"))
print("{0:{1}}".format(3.14159, ".2f"))
print("{:,} {:_x} {:08.3f} {:+}".format(1234567, 65535, 3.14159, 5))
print("{x}".format_map({"x": 42}))
