class C:
    xs = [(yield) for a in b]
