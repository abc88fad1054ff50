# Tabs between tokens, in comments and in strings; the file is indented with tabs.
import weakref		# trailing tab comment

class	Tabbed:
	"""Docstring with	a tab."""
	def __init__(self,	name,	*,	level=0):
		self.name	=	name
		self.level =	level

	def describe(self):
		if self.level	>	2:
			return f"{self.name}\t(deep)"	# escaped tab in string
		return "\t".join([self.name,	str(self.level)])


values	= [1,	2,	3]
table	= {"a":	1,	"b":	2}
literal_tab = "a	b"
t = Tabbed("tabby",	level=3)
r = weakref.ref(t)
for v in values:
	if v % 2:
	    print(v, "odd")  # tab then four spaces is consistent nesting
	else:
	    print(v,	"even")
print(t.describe(),	r() is t,	literal_tab.split("\t"))
