def load_helpers():
    from os.path import *
    return join("a", "b")
