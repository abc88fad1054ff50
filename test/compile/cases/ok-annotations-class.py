class C:
    a: int
    b: "C" = None
    c: list[a]
    def m(self, x: a) -> b:
        self.z: int = 1
        local: int = 2
        return local
