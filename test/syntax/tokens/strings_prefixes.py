a = 'a' "b" r'\d' R'x' u'x' U'x' b'x' B'x' br'x' rb'x' Rb'x' bR'x' RB'x' rB'x'
b = '' "" '''''' """""" 'it\'s' "q\""
