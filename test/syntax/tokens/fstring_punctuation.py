f'{a!=b}' f'{a==b}' f'{x:=5}' f'{(x:=5)}' f'{d["k"]}' f'{x[1:2]}' f'{lambda x: 1}' f'{a:b:c}'
