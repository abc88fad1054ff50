import weakref


def cleanup(ref):
