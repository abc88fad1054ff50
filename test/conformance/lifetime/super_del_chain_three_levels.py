# A three-level class hierarchy where each __del__ calls super().__del__ runs all three, most derived first.
class Base:
    def __del__(self):
        print("Base cleanup")

class Middle(Base):
    def __del__(self):
        print("Middle cleanup")
        super().__del__()

class Leaf(Middle):
    def __del__(self):
        print("Leaf cleanup")
        super().__del__()

Leaf()
print("---")
Middle()
