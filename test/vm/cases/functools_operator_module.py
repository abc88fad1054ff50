# The operator module: operators as functions, itemgetter, attrgetter and methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([1]))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.contains([1, 2], 2), operator.getitem({"k": 3}, "k"), operator.concat([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.is_(None, None))
rows = [("bob", 25, "x"), ("ann", 30, "y"), ("cat", 25, "z")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
print(attrgetter("name")(P("a")), attrgetter("inner.name")(P("a", P("b"))), attrgetter("name", "inner")(P("c")))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o", 1)("banana"))
print(itemgetter(1), attrgetter("x", "y"), methodcaller("m", 1, k=2))
l = [1]
print(operator.iadd(l, [2]) is l, l)
