import json
import os


def load_config(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError, PermissionError:
        return {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: bad JSON at line {exc.lineno}") from exc
    except UnicodeDecodeError, IsADirectoryError, NotADirectoryError:
        return {"error": "unreadable"}


def to_port(value) -> int:
    try:
        port = int(value)
    except TypeError, ValueError:
        port = 8080
    except (OverflowError, ArithmeticError):
        port = 0
    else:
        if not 0 < port < 65536:
            raise ValueError("port out of range")
    return port


def env_flag(name):
    try:
        return os.environ[name].lower() in {"1", "true", "yes"}
    except KeyError:
        return False
    except AttributeError, LookupError:
        raise
    finally:
        pass


print(load_config("/nonexistent/config.json"), to_port("80"), to_port(None), env_flag("DEBUG"))
