class ConfigError(Exception):
    def __init__(self, key, *, reason="invalid"):
        super().__init__(f"{key}: {reason}")
        self.key = key


class DatabaseError(RuntimeError):
    pass


def parse_timeout(raw):
    try:
        value = float(raw)
    except ValueError as err:
        raise ConfigError("timeout", reason="not a number") from err
    if value <= 0:
        raise ConfigError("timeout", reason="must be positive") from None
    return value


def connect(dsn):
    try:
        host, _, port = dsn.partition(":")
        return host, int(port)
    except Exception as e:
        err = DatabaseError(f"cannot parse {dsn!r}")
        err.add_note("expected HOST:PORT")
        raise err from e


for raw in ("2.5", "abc", "-1"):
    try:
        print(parse_timeout(raw))
    except ConfigError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppressed:", e.__suppress_context__)

try:
    connect("db.local:port")
except DatabaseError as e:
    print(e, e.__notes__, type(e.__cause__).__name__)
    del e
