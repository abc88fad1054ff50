import weakref

class Obj:
    pass

def report(ref):
    print("report called")

o = Obj()
r = weakref.ref(o, report)
del r
del o
print("no callback when the ref died first")

a = Obj()
keep = [weakref.ref(a, lambda ref: print("lambda callback", len(keep)))]
a = None
print("end")
