# __name__/__qualname__/__self__/__module__ of builtin functions, methods and descriptors;
# __next__/__iter__ on builtin iterators
import math
print(len.__name__, len.__qualname__, len.__module__, len.__self__ is None or True)
m = [].append
print(m.__name__, m.__qualname__, m.__self__, m.__module__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__, dict.fromkeys.__qualname__)
print(math.sqrt.__name__, math.sqrt.__module__, dict.fromkeys.__name__)
it = iter([10, 20])
print(it.__next__(), next(it), it.__iter__() is it)
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
for obj in (iter("ab"), iter(range(2)), iter({1: 2}), iter({1}), map(str, [1]), zip([1], [2]), enumerate("x"), reversed([1, 2])):
    print(type(obj).__name__, obj.__next__())
print(int.__add__.__name__, list.__getitem__.__qualname__, (5).bit_length.__qualname__)
print(type(len).__name__, type([].append).__name__, type(str.upper).__name__)
