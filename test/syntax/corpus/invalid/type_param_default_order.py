class Mapping[K = str, V]:
    pass
