for n in range(5):
    def check(x):
        if x % 2:
            continue
        return x
    print(check(n))
