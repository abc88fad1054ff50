# The traceback of an uncaught TypeError in a binary operation marks the failing expression.
prices = [3, 4, "5"]
total = 0
for p in prices:
    total = total + p
    print("running total", total)
