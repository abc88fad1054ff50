class C:
    x: [y for y in range(3)]
    def m(self) -> [z for z in range(3)]:
        pass
