# `==` compares contents while `is` compares identity, for lists, tuples and slices.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
print(a[:] == a, a[:] is a)
t = (1, 2)
print(t[:] is t)
print(tuple(t) is t)
print(list(a) is a)
