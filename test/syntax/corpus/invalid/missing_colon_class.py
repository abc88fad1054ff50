import weakref


class Registry(dict)
    def add(self, key, value):
        self[key] = weakref.ref(value)
