# A saved traceback does not keep its exception alive: after the handler the exception is gone while the traceback lives.
import weakref

class MyErr(Exception):
    pass

def fail():
    raise MyErr("boom")

refs = []
try:
    fail()
except MyErr as e:
    refs.append(weakref.ref(e))
    tb = e.__traceback__
print("exception after handler:", refs[0]())
del tb
print("after dropping the traceback:", refs[0]())
