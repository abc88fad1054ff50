deff greet(name):
    return "hello " + name
