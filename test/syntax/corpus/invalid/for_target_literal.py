for 1 in range(10):
    print("never")
