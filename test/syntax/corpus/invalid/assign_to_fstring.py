name = "ana"
f"user_{name}" = {"id": 1}
