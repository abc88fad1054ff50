import itertools

nonlocal ids
ids = itertools.count()
