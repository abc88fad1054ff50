from enum import Enum, Flag, IntEnum, StrEnum, auto, unique


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


@unique
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self) -> bool:
        return self >= Weekday.SAT


class Method(StrEnum):
    GET = auto()
    POST = auto()


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


def mode_string(p: Perm) -> str:
    return "".join(ch if flag in p else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXEC)))


print(mode_string(Perm.RW), mode_string(Perm.ALL & ~Perm.WRITE), Perm.READ in Perm.RW)
print([d.name for d in Weekday if d.is_weekend], Method.GET == "get", f"{Planet.EARTH.surface_gravity:.2f}")
perms = Perm.NONE
perms |= Perm.EXEC
perms ^= Perm.ALL
print(perms, list(perms))
