def area(w, h):
    result = w * h
    retrun result
