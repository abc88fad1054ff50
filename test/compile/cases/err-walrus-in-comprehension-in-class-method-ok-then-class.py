class C:
    def m(self):
        return [(a := 1) for b in c]
    d = [(e := 1) for f in g]
