import weakref

_hooks: "weakref.WeakSet" = weakref.WeakSet()


def hook(fn):
    _hooks.add(fn)
    return fn


def run_hooks(*args):
    return {fn.__name__: fn(*args) for fn in list(_hooks)}


@hook
def double(x):
    return 2 * x


def make_temporary():
    @hook
    def temporary(x):
        return -x
    return run_hooks(5)


print(make_temporary())
print(sorted(run_hooks(5)))
