from collections import OrderedDict, defaultdict,

counts = defaultdict(int)
