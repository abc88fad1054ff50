class Secret:
    __hidden = 1
    __dunder__ = 2
    _single = 3
    def __init__(self, __arg):
        self.__value = __arg
        __local = self.__hidden
        global __gl
        __gl = 1
    def __method(self):
        import __mod
        import os.__path as __p
        return __local
    class __Inner:
        __deep = 1
        def m(self):
            return __deep
class ___:
    __kept = 1
class _Under:
    __x = 1
