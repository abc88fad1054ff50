# isinstance/issubclass with tuples and inheritance; callable.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(3, (str, int)), isinstance(True, int), isinstance(None, type(None)), isinstance([], (tuple, (dict, list))))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(A, object), issubclass(int, int))
print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable(3), callable("x".upper))
for call in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
