# An undo stack whose entries refer weakly to their target document; entries for closed documents are skipped.
import weakref

class Doc:
    def __init__(self, name):
        self.name = name
        self.text = ""

undo = []

def edit(doc, new_text):
    undo.append((weakref.ref(doc), doc.text))
    doc.text = new_text

def undo_all():
    while undo:
        ref, old = undo.pop()
        doc = ref()
        if doc is None:
            print("skipping edit of a closed document")
            continue
        doc.text = old
        print("restored", doc.name, "to", repr(old))

a, b = Doc("a"), Doc("b")
edit(a, "hello")
edit(b, "draft")
edit(a, "hello world")
del b
undo_all()
print(repr(a.text))
