t'{ x !r}'
