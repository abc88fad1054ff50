# Thumbnails cached per image object disappear when the image is closed; a second request recomputes.
import weakref

class Image:
    def __init__(self, name, size):
        self.name, self.size = name, size

thumbs = weakref.WeakKeyDictionary()
renders = []

def thumbnail(img):
    t = thumbs.get(img)
    if t is None:
        renders.append(img.name)
        t = thumbs[img] = (img.name, img.size // 10)
    return t

imgs = [Image("cat", 640), Image("dog", 480)]
print(thumbnail(imgs[0]), thumbnail(imgs[0]), thumbnail(imgs[1]))
imgs[0] = Image("cat", 640)
print(thumbnail(imgs[0]))
print(renders, len(thumbs))
