import contextlib

wiht contextlib.suppress(KeyError):
    {}["missing"]
