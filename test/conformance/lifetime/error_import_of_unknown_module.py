# Importing a module that does not exist raises ModuleNotFoundError with its name.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, "|", e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e)
