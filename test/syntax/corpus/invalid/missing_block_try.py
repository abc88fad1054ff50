def parse(text):
    try:
    except ValueError:
        return None
