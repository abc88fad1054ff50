import weakref


def on_dead(ref):
    print("dead")


r = weakref.ref(callback=on_dead, object())
