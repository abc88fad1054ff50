settings = {"theme": "dark", "font_size": 12

def apply(settings):
    for key, value in settings.items():
        print(key, value)
