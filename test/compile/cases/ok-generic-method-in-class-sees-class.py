class Outer:
    T = int
    def m[U: T](self) -> U:
        pass
    type A[V] = list[V | T]
