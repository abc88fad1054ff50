def first[T](items: list[T]) -> T:
    return items[0]
def many[T: int, *Ts, **P](a: T, *args: *Ts, **kwargs: P.kwargs) -> tuple[T, *Ts]:
    return (a, *args)
def with_defaults[T](x: T = 1, *, y: T = 2) -> T:
    return x
async def coro[T](x: T) -> T:
    return await x
