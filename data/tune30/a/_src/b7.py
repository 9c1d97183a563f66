R = [
("F021","listing","hn_twin_own_bag",1,1,1,0,"Tas kulit wanita bekas pakai sendiri, dulu beli di Pasar Atom, mulus, 85rb free dustbag. Ready Bekasi Timur"),
("F053","listing","hn_twin_own_boots",1,1,1,0,"Sepatu boots kulit second punya suami, beli di Cibaduyut thn lalu, size 41, 220rb. Foto real. Depok Margonda"),
("F122","listing","hn_twin_own_shoes",1,1,1,0,"Sepatu futsal Mizuno punyaku, 2nd, beli di toko olahraga Bandung, size 40, 120rb. Jemput di Sukajadi"),
]
