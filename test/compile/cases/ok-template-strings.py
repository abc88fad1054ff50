def f(name, width):
    return t"{name!r:{width}}", f"{name=} {width:>{width}}"
