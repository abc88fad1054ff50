import weakref


class Engine:
    def __init__(self, hp):
        self.hp = hp

    def start(self):
        return f"vroom ({self.hp} hp)"


class Car:
    def __init__(self, engine):
        # a proxy behaves like the engine but does not keep it alive
        self.engine = weakref.proxy(engine, self._engine_lost)
        self.log = []

    def _engine_lost(self, proxy):
        self.log.append("engine reclaimed")

    def drive(self):
        try:
            return self.engine.start()
        except ReferenceError:
            return "no engine"


v8 = Engine(hp=450)
car = Car(v8)
print(car.drive())
del v8
print(car.drive(), car.log)
