name = "ana"
print(f"hello {} and {name}")
