def f[T = int, *Ts = *tuple[int], **P = [int]]():
    pass
class C:
    def m[T: (C, int) = C](self):
        pass
