# A subclass __del__ overrides the base one; the base __del__ runs only if called explicitly.
class Base:
    def __del__(self):
        print("Base.__del__")

class Silent(Base):
    def __del__(self):
        print("Silent.__del__ (no super)")

class Polite(Base):
    def __del__(self):
        print("Polite.__del__")
        super().__del__()

Silent()
print("--")
Polite()
print("--")
class Inherits(Base):
    pass
Inherits()
