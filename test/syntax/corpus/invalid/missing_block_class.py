class EmptyPlugin:

def load_plugins():
    return [EmptyPlugin()]
