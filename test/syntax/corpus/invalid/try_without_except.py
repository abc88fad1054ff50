def load(path):
    try:
        return open(path).read()
    print("unreachable")
