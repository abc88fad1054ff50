count = 3
print(f"you have {count} new message}")
