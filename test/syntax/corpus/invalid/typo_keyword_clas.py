import weakref

clas Node:
    pass
