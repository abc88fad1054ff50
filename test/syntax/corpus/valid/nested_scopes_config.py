"""Module-level state touched from nested functions via global and nonlocal."""
DEBUG = False
REGISTRY: dict[str, object] = {}
_loaded = 0


def plugin_system():
    hooks = []
    enabled = True

    def register(name):
        def decorator(fn):
            global _loaded
            nonlocal hooks
            _loaded += 1
            REGISTRY[name] = fn
            hooks = hooks + [fn]
            return fn
        return decorator

    def toggle():
        nonlocal enabled
        enabled = not enabled
        return enabled

    def set_debug(flag: bool) -> None:
        def inner():
            global DEBUG
            DEBUG = flag
        inner()

    def run(x):
        return [h(x) for h in hooks] if enabled else []

    return register, toggle, set_debug, run


register, toggle, set_debug, run = plugin_system()


@register("double")
def double(x):
    return x * 2


@register("negate")
def negate(x):
    return -x


set_debug(True)
print(run(4), toggle(), run(4), toggle(), DEBUG, _loaded, sorted(REGISTRY))
