x = 3
elif x > 2:
    print("big")
