def f[T = int, *Ts, U]():
    pass
