import weakref


class observable:
    """A descriptor whose listeners are held weakly, per instance."""

    def __init__(self, default=None):
        self.default = default
        self._listeners = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = f"_obs_{name}"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        old = self.__get__(obj)
        setattr(obj, self.attr, value)
        if old != value:
            for listener in list(self._listeners.get(obj, ())):
                if (fn := listener()) is not None:
                    fn(self.name, old, value)

    def watch(self, obj, method):
        self._listeners.setdefault(obj, []).append(weakref.WeakMethod(method))


class Player:
    hp = observable(100)
    level = observable(1)


class HealthBar:
    def __init__(self):
        self.frames = []

    def redraw(self, name, old, new):
        self.frames.append(f"{name}: {old} -> {new}")


p = Player()
bar = HealthBar()
Player.hp.watch(p, bar.redraw)
Player.level.watch(p, bar.redraw)
p.hp -= 30
p.level += 1
p.hp = p.hp
print(bar.frames)
del bar
p.hp = 1
print(len(Player.hp._listeners), p.hp)
