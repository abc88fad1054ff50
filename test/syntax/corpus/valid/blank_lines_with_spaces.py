def compute(values):
    total = 0
        
    for v in values:
	
        total += v
   
    return total
  	  

class Acc:
    
    def __init__(self):
        self.items = []
                
    def add(self, x):
        self.items.append(x)
    
        return self
 
print(compute(Acc().add(1).add(2).items))
    
