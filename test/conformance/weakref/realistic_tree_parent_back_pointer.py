# A tree whose children keep weak back-pointers to their parent, so dropping the root frees everything by refcount.
import weakref

class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p else "") + self.name
    def __del__(self):
        print("freed", self.name)

root = TreeNode("root")
docs = TreeNode("docs", root)
readme = TreeNode("readme", docs)
print(readme.path())
del docs, readme
print("dropping root (no cycles, no gc needed)")
root = None
print("end")
