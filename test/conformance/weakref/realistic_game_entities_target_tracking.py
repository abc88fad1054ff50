# Game units track their target with a weak reference and retarget when the target is destroyed.
import weakref

class Unit:
    def __init__(self, name, hp):
        self.name, self.hp = name, hp
        self._target = None
    def aim(self, other):
        self._target = weakref.ref(other)
    def attack(self):
        t = self._target() if self._target else None
        if t is None:
            return f"{self.name} has no target"
        t.hp -= 5
        return f"{self.name} hits {t.name} ({t.hp} hp left)"

enemies = {"orc": Unit("orc", 8), "imp": Unit("imp", 3)}
hero = Unit("hero", 20)
hero.aim(enemies["orc"])
print(hero.attack())
print(hero.attack())
if enemies["orc"].hp <= 0:
    del enemies["orc"]
print(hero.attack())
hero.aim(enemies["imp"])
print(hero.attack())
