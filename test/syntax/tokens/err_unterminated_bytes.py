x = 1; y = br"abc
