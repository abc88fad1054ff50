import gc
    

class Holder:
    
    def __init__(self, value):
        self.value = value
	
        self.other = None
            
    def link(self, other):
  
        self.other, other.other = other, self


def make_pair():
    a, b = Holder(1), Holder(2)
        
    a.link(b)
    return a
   

make_pair()
    
print(gc.collect() >= 2)
   	  
