def f(p):
    match p:
        case Point(x, y=0) if x:
            return x
        case [Point(x=a), *_]:
            return a
        case {**kw}:
            return kw
        case [*_]:
            return None
        case [_, *_, _]:
            return 2
        case {"a": [x, *rest]} | {"b": [x, *rest]}:
            return x, rest
