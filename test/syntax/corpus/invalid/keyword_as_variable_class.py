def classify(obj):
    class = type(obj).__name__
    return class
