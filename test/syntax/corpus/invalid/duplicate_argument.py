def scale(point, factor, point):
    return point * factor
