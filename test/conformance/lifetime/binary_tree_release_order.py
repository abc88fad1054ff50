# A tree of nodes with left/right children frees parent first, then left subtree, then right.
class T:
    def __init__(self, name, left=None, right=None):
        self.name = name
        self.left = left
        self.right = right
    def __del__(self):
        print("free", self.name)

root = T("root", T("L", T("LL"), T("LR")), T("R", None, T("RR")))
print("drop root")
root = None
print("end")
