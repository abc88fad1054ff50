class Meta(type):
    pass


class Model(metaclass=Meta, object):
    pass
