import weakref


class Glyph:
    _pool = weakref.WeakValueDictionary()

    def __new__(cls, char, font="mono", size=12):
        key = (char, font, size)
        self = cls._pool.get(key)
        if self is None:
            self = super().__new__(cls)
            self.char, self.font, self.size = key
            cls._pool[key] = self
        return self

    def __repr__(self):
        return f"Glyph({self.char!r}, {self.font}, {self.size}pt)"


text = "hello, wörld"
glyphs = [Glyph(c) for c in text]
print(len(glyphs), "glyphs,", len(Glyph._pool), "distinct")
assert Glyph("l") is glyphs[2] is glyphs[3]
glyphs = glyphs[:5]
print(sorted(g.char for g in Glyph._pool.values()))
