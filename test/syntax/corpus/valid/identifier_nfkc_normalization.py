# Python normalizes identifiers with NFKC, so these spellings name the same variables.
ﬁle_count = 3            # "ﬁ" ligature -> "fi"
print(file_count)
ℌeight = 180             # double-struck/blackletter H -> "H"
print(Height)
ｗｉｄｅ = "fullwidth"     # fullwidth letters -> ASCII
print(wide)
vₒ = 2.5                 # subscript o -> "o"
print(vo)


class Ｐoint:
    def __init__(self, ｘ, y):
        self.x = x
        self.y = y


print(Point(1, 2).x)
