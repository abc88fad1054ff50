s = f'''
{x
 + y}
abc {z!r}
'''
t = f'{
x
}'
