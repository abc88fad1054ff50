# True, False and None are singletons; comparisons produce the same objects.
print((1 == 1) is True)
print(bool([]) is False)
print(type(None)() is None)
print(bool(5) is bool("x"))
print(isinstance(True, int), True + True)
