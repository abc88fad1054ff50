def copy(src):
    with open(src) as "handle":
        return handle.read()
