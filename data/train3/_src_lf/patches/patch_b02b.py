p='b02_codeword.py'; s=open(p).read()
adds = [
("Yang di Gowa sama Maros bisa titip di angkot, tinggal bayar ongkos ji ke sopir.\n", "Jangan lupa follow ki' juga supaya dapat info kalau ada karung baru dibuka.\n"),
("Yang di Barus dan Sorkam bisa titip sama motor sayur, bilang aja buat Mak Tiur.\n", "Jangan lupa bawa kantong plastik sendiri, lae, biar kurang sampah.\n"),
("Yang mau antar ke rumah di Perumnas, Panakkukang, Tamalate, ongkos gojek saja.\n", "Barang yang sudah dibeli tidak bisa dikembalikan nah, cek baik-baik dulu sebelum bayar.\n"),
("Mama-mama boleh tawar, tapi jangan terlalu turun, kami juga bayar ongkos kapal mahal.\n", "Terima kasih untuk langganan dari Wolowaru yang selalu datang jauh-jauh.\n"),
("Torang so jualan dari 2015, tanya jo pa orang Paal Dua, dorang kenal.\n", "Tuhan berkati, selamat berbelanja.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
