# Using a weak reference: dereference once into a local, check for None, then use.
import weakref

class Settings:
    def __init__(self):
        self.theme = "dark"

s = Settings()
r = weakref.ref(s)

def theme_of(ref):
    obj = ref()
    if obj is None:
        return "settings gone"
    return obj.theme

print(theme_of(r))
s.theme = "light"
print(theme_of(r))
del s
print(theme_of(r))
