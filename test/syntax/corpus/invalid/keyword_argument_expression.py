def resize(image, width=100, height=100):
    return image


resize("cat.png", width + 1=200)
