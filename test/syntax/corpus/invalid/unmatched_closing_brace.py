def build():
    data = {"x": 1}
    return data}
