zzzzz yyyyy
