gen = lambda: (yield 1)
