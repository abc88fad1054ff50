import weakref


class TempFile:
	def __init__(self, name):
		self.name = name
		self._fin = weakref.finalize(self, print, "removing", name)

	def remove(self):
		self._fin()


files = [TempFile(f"tmp{i}.dat") for i in range(3)]
files[0].remove()
del files[1]
print("left:", [f.name for f in files])
