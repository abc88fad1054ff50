s = f'é{ü}ß' + 'ö'; x = '😀'; y = 1
# ünicode comment
z = "€" # €
