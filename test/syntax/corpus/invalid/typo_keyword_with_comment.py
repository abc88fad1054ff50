def f():  # a comment
    # another
    retrun 1  # done
