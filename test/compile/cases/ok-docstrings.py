"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "method doc"
def g():
    x = 1
    """not a docstring"""
lam = lambda: "no docstring"
