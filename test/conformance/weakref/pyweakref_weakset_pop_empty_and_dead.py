# pop() skips dead references and, when empty, raises KeyError('pop from empty WeakSet') with the
# underlying set's KeyError suppressed.
import weakref

class O:
    pass

s = weakref.WeakSet()
ghost = O()
s.data.add(weakref.ref(ghost))
del ghost
a = O()
s.add(a)
print(s.pop() is a, len(s))
try:
    s.pop()
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
