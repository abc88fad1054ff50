cache = {"a": 1}
dle cache["a"]
