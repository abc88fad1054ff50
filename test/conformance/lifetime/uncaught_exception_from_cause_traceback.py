# `raise X from Y` uncaught prints Y's traceback, the direct-cause notice, then X's.
class ConfigError(Exception):
    pass

def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e

load({"host": "x"})
