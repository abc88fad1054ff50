class Box[T](Base[T], metaclass=Meta):
    item: T
    def get(self) -> T:
        return self.item
class Pair[K: str, V = int]:
    pass
class Nested:
    class Inner[T]:
        x: T
    def method[U](self, u: U) -> U:
        return u
