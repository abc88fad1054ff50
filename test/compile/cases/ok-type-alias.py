type Point = tuple[float, float]
type ListOf[T] = list[T]
type Recursive[T: (int, str) = int] = T | list[Recursive[T]]
class C:
    type Inner = int
    type InnerGeneric[T] = dict[T, C]
def f():
    type Local = list[int]
    return Local
