def f():
    try:
        pass
    except ValueError as e:
        return e
    except (TypeError, KeyError) as err:
        del err
    else:
        pass
    finally:
        pass
