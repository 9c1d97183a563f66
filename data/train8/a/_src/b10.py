# batch 10: a few more legal hard negatives
R = [
("post","hn_new_cheap",1,0,1,0,"Mamak2 Pekanbaru, baju anak baru ni murah kali, 25 ribu je, jahitan konveksi Bangkinang"),
("listing","hn_household_textile",1,0,1,0,"Selimut Tebal Baru Produksi Majalaya Bersih Plastik Per Kodi Harga Grosir"),
("post","hn_own_clothes",1,1,1,0,"Jual kemeja batik bekas suami, beli di Klewer dulu, udah ga muat, 5 potong 75rb"),
("comment","hn_new_cheap",1,0,1,0,"Bukan karungan kak, ini baru semua, kemeja nya masih dilipat pabrik"),
("post","hn_new_wholesale",1,0,1,0,"Mau usaha? Jual kaos baru polos per lusin 240rb, bisa campur warna, lokasi gudang Cikarang"),
("listing","hn_new_cheap",1,0,1,0,"Hoodie Polos Baru Produksi Lokal Sablon Custom Ukuran L Bisa COD"),
("message","hn_factory_stock",1,0,1,0,"Bro, sepatu gunung reject pabrik Bandung ada 4, baru, cuma lemnya kurang rapi, 200an"),
("profile","hn_new_wholesale",1,0,1,0,"Lapak Kemeja Baru Mas Joko 🔥 kemeja • celana • jaket | produksi Cipulir | ready tiap hari"),
]
