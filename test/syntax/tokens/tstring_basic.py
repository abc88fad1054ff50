t'a{b}c' T'{x!r:>3}' tr'\{x}' rT'{y}' t'''
{z}'''
