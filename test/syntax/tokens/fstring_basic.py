f'a{b}c' f"{x!r}" f'{x:>10}' F'{y!s:^{w}}' f'{x=}' f'{x = !r:>10}' fr'{a}\d' Rf'{b}'
