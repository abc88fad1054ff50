# A cache that does not keep its values alive: entries vanish as soon as nobody else uses them.
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
        print("loaded", name)
    return image


logo = load("logo.png")
again = load("logo.png")
print(logo is again, len(cache))

del logo, again          # the last strong references go: the entry leaves the cache at once
print(len(cache), "logo.png" in cache)
