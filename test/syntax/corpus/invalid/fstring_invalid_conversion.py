obj = object()
print(f"{obj!x}")
