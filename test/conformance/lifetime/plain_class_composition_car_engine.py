# Composition: a car owns an engine and wheels and delegates to them.
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"

class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 32

class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]
    def start(self):
        return f"{self.name}: {self.engine.start()}"
    def check(self):
        low = [w.pos for w in self.wheels if w.pressure < 30]
        return "tyres ok" if not low else f"low: {low}"

car = Car("Beetle", 50)
print(car.start(), car.engine.running)
car.wheels[2].pressure = 25
print(car.check())
