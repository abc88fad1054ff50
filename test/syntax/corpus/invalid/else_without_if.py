def check(n):
    print("checking", n)
    else:
        return False
