log = []


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        log.append(self.tag)


def list_order():
    items = [Tagged(f"list[{i}]") for i in range(3)]
    del items


def dict_order():
    d = {k: Tagged(f"dict[{k}]") for k in "abc"}
    d.clear()


def tuple_order():
    t = tuple(Tagged(f"tuple[{i}]") for i in range(3))
    t = None


def locals_order():
    first = Tagged("local first")
    second = Tagged("local second")
    return "return drops locals"


def rebinding():
    x = Tagged("old value")
    x = Tagged("new value")
    log.append("-- rebound --")


for fn in (list_order, dict_order, tuple_order, locals_order, rebinding):
    log.clear()
    fn()
    print(f"{fn.__name__:<13}", log)
