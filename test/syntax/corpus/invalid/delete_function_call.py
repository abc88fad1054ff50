cache = {"a": 1}
del cache.pop("a")
