queue = [3, 1, 2]
total = 0
while queue
    total += queue.pop()
print(total)
