form collections import OrderedDict

cache = OrderedDict()
