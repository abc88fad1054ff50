# A WeakValueDictionary cache returns the same object while someone uses it and rebuilds it afterwards.
import weakref

class Texture:
    loads = 0
    def __init__(self, path):
        Texture.loads += 1
        self.path = path

_cache = weakref.WeakValueDictionary()

def load(path):
    tex = _cache.get(path)
    if tex is None:
        tex = Texture(path)
        _cache[path] = tex
    return tex

a = load("grass")
b = load("grass")
print(a is b, Texture.loads)
del a, b
c = load("grass")
print(Texture.loads, len(_cache))
