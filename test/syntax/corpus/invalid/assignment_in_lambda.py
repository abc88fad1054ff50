counter = {"n": 0}
bump = lambda: counter["n"] = counter["n"] + 1
