def outer[T](x: T) -> T:
    def inner() -> T:
        return x
    return inner()
class C[T]:
    def m(self):
        return super().m(), T
    attr: T
