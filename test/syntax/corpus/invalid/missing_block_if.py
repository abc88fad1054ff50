def maybe_collect(force):
    if force:
    import gc
    return gc.collect()
