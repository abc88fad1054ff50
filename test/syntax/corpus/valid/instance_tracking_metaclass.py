import weakref


class InstanceTracker(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._instances = weakref.WeakSet()
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        for klass in cls.__mro__:
            if isinstance(klass, InstanceTracker):
                klass._instances.add(obj)
        return obj

    def live(cls):
        return sorted(cls._instances, key=repr)


class Entity(metaclass=InstanceTracker):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Enemy(Entity):
    pass


class Ally(Entity):
    pass


party = [Ally("cleric"), Ally("rogue")]
wave = [Enemy(f"orc{i}") for i in range(3)]
print(Entity.live(), len(Enemy.live()))
wave.pop()
del party[0]
print(Entity.live(), Enemy.live(), Ally.live())
