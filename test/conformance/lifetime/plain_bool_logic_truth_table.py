# A truth table for and, or, xor, implication and not using nested loops.
print("a     b     and   or    xor   a->b")
for a in (False, True):
    for b in (False, True):
        print(f"{a!s:<6}{b!s:<6}{(a and b)!s:<6}{(a or b)!s:<6}{(a != b)!s:<6}{(not a or b)!s}")
print(all([]), any([]), all([1, 0]), any([0, 0.0, "x"]))
print(True + True, True * 10, sum([True, False, True]))
