# WeakMethod of a method overridden in a subclass calls the subclass version.
import weakref

class Base:
    def speak(self):
        return "base"

class Child(Base):
    def speak(self):
        return "child"

c = Child()
wm = weakref.WeakMethod(c.speak)
print(wm()())
wb = weakref.WeakMethod(super(Child, c).speak)
print(wb()())
