if True:
    fo = 1
    improt os
