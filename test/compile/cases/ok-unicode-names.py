def größe(länge, höhe=1):
    fläche = länge * höhe
    return lambda: fläche
класс = [ß for ß in "straße"]
