user = "ana"
count = 3
print(f"{user} has {count} sessions)
