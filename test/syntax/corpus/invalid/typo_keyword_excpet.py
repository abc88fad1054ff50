try:
    import gc
    gc.collect()
excpet ImportError:
    pass
