def collect():
    """Run a full collection and report what was freed.

    Returns the number of unreachable objects found.
    import gc
    return gc.collect()
