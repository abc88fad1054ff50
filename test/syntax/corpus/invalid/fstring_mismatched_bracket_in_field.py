names = ["a", "b"]
print(f"{", ".join(names}")
