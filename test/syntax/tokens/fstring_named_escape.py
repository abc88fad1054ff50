f'\N{BULLET} {x} \N{EM DASH}' rf'\N{x}' f'\{{' f'\\{x}'
