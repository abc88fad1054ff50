class C:
    try:
        import missing
    except ImportError as err:
        missing = None
    for i in range(3):
        pass
    with open(__file__) as fh:
        data = fh.read()
