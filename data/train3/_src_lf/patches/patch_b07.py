p='b07_preloved_thread.py'; s=open(p).read()
adds = [
("Nggak nerima tukar ya, no nego sadis 😁\n",
"Oh iya, sebelum ditanya: ini bukan thrift dari karung, ini beneran baju aku sendiri, masih ada beberapa nota di email.\n"),
("Uangnya buat beli baju baru yang muat wkwk.\n",
"Detail beberapa barang:\n"
"- Cardigan rajut krem (Matahari) 50rb, dipakai 5x\n"
"- Rok plisket hitam (Pasar Baru) 35rb\n"
"- Kemeja oversize garis biru (distro Trunojoyo) 75rb\n"
"- Celana highwaist (Matahari) 60rb, ada sedikit pudar di paha\n"
"Semua udah dicuci dan disetrika, dikirim pakai plastik + kertas minyak.\n"
"Bayar transfer, kirim 1x24 jam. COD Bandung cuma hari Sabtu ya.\n"),
("Yang minat bisa mampir ke rumah Blok D3 no. 8, atau WA 0813xxxx.\n",
"Kondisi barang bisa dicek langsung, silakan dicoba di teras.\n"
"Kalau ada tetangga yang butuh buat anaknya yang baru mulai kerja dan dananya belum ada, bilang saja, bisa saya kasih gratis.\n"
"Sisa yang nggak terjual akhir bulan ini saya serahkan ke panti asuhan dekat masjid kompleks.\n"
"Terima kasih, salam dari keluarga Pak Hendra.\n"),
("List lengkap di story.\n",
"Buat yang nanya barangnya dari mana: ini semua baju aku sendiri selama 5 tahun kerja di Jakarta, bukan barang jualan dari karung.\n"
"Ada juga beberapa barang rumah tangga: rice cooker, setrika, rak sepatu, tapi itu beda post.\n"
"Terima kasih Jakarta, makasih juga teman-teman kantor yang udah kayak keluarga 🫶\n"
"Semoga barang-barangnya bermanfaat buat pemilik barunya.\n"),
("Harga seikhlasnya mulai 20rb, hasilnya untuk sedekah atas nama beliau.\n",
"Ayah dulu guru SMA, rapi sekali soal pakaian, setiap Minggu malam beliau sendiri yang menyetrika kemeja untuk seminggu.\n"
"Rasanya berat melepas, tapi kami yakin beliau lebih senang kalau pakaiannya dipakai orang yang membutuhkan.\n"
"Yang datang mohon doakan almarhum ya.\n"),
("Depok, COD Margo City.\n",
"Bisa juga dipisah: jumper 10rb, bedong 8rb, kaos kaki & topi 5rb.\n"
"Semua dicuci pakai deterjen khusus bayi dan disimpan di kontainer tertutup, nggak bau apek.\n"
"Bukan barang jualan dari karung impor ya bun, ini bener-bener bekas anakku sendiri, fotonya juga ada waktu dia pakai 😊\n"
"Prioritas buat yang ambil paket.\n"),
("@denimlokal.co: masih kak, tinggal 3 ya\n",
"@budi_santoso88: gan kenapa nggak jual second aja, lebih murah\n"
"@denimlokal.co: kami fokus produksi sendiri gan, biar penjahit lokal ada kerjaan. Lagi pula barang bal kan dilarang masuk 🙏\n"
"@budi_santoso88: oke respect, checkout 1 ukuran 32\n"),
("@dewi.ayu.k: oh oke min, berarti komentar di atas salah ya\n",
""),
]
for a,b in adds:
    if not b: continue
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
