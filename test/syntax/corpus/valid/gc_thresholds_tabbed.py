# Tab characters inside lines: between tokens, before comments, in strings
import gc			# tabs before a comment

LIMITS	=	{"gen0":	700,	"gen1":	10,	"gen2":	10}
  	 

def report(counts,	thresholds=LIMITS):
    """Compare	counts	to thresholds."""
    rows	= []
	
    for gen,	(count,	limit)	in	enumerate(zip(counts,	thresholds.values())):
        rows.append(f"gen{gen}:\t{count:>4}/{limit}")	# escaped tab in f-string
    
    return	"\n".join(rows)


print(report(gc.get_count()),	"tab:	<-")
