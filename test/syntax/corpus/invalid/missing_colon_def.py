import weakref


def make_ref(obj, callback=None)
    return weakref.ref(obj, callback)


r = make_ref(object())
