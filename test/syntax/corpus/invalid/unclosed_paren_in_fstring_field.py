total = 12
print(f"{round(total / 7, 2}")
