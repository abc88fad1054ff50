defaults = {"a": 1}
merged = [**defaults]
