def f[T, *Ts, T]():
    pass
