counts = {}


def counter(key):
    return counts.setdefault(key, 0)


counter("hits") += 1
