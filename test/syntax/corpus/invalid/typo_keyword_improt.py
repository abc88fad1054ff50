improt weakref

r = weakref.ref(object())
