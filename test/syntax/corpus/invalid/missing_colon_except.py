def parse_port(text):
    try:
        return int(text)
    except ValueError as err
        raise SystemExit(f"bad port: {err}")
