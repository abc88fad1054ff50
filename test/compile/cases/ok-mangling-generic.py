class G[__T, *__Ts, **__P]:
    __a: __T
    def m(self, x: __T) -> __T:
        return __other
def f[__U](x: __U) -> __U:
    return x
