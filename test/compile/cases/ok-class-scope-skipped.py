x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    def n(self):
        x = 1
        class D:
            def o(self):
                return x
        return D
