f'''{x # comment
}''' f'{"\n".join(a)}'
