def pair[T, T](a: T, b: T) -> tuple[T, T]:
    return a, b
