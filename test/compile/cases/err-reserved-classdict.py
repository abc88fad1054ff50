class Outer:
    def m[__classdict__](self):
        pass
