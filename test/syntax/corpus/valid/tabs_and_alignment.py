# columns aligned with tabs, as some editors do
HEADERS	= ("name",	"refs",	"alive")
ROWS	= [
	("Node",	3,	True),
	("Leaf",	0,	False),
]
WIDTH	= 8


def show(rows):
	for name,	refs,	alive	in rows:
		print(f"{name:<{WIDTH}}\t{refs:>3}\t{'yes' if alive else 'no'}")	# tab before comment


show(ROWS)
print("\t".join(HEADERS),	len(ROWS))
