RECS = [
("post","seller_testimony_repost",1,1,1,1,"""Repost testimoni dari Kak Ayu di Balikpapan 🥰
"Jaketnya sampai dengan selamat, wangi, dan pas banget di badan. Makasih ya, next order lagi!"
Makasih juga Kak Ayu! Buat yang lain, stok jaket dan coat seken Korea masih ada belasan, kiriman dari gudang Tanjungpinang tiap Rabu."""),
("post","news_feature_quotes_seller_offer_inside",0,1,1,1,"""Saat ditemui di kiosnya di Pasar Gedebage, Ujang (52) sedang melipat kemeja-kemeja bekas asal Korea.
Ia mengaku sudah mendengar soal rencana penertiban. "Kalau memang harus berhenti, saya minta waktu menghabiskan stok," katanya.
Beberapa pembeli tetap datang siang itu, kebanyakan mahasiswa.
Dinas setempat menyebut pendataan pedagang akan selesai akhir bulan."""),
("post","hn_sisa_ekspor_vs_bekas_explainer",0,1,1,1,"""Banyak yang masih ketuker: sisa ekspor itu barang baru yang gagal kirim atau kelebihan produksi pabrik dalam negeri.
Sementara baju dari karung atau koli Jepang/Korea itu barang bekas pakai dari luar negeri, dan itulah yang dilarang masuk.
Jadi kalau lihat label 'sisa ekspor', belum tentu barang bekas. Tapi kalau tulisannya 'ex Korea 2nd', ya itu bekas."""),
("comment","seller_reply_regional_riau",1,1,1,1,"""Ade lagi bang, baju lelong Malaysia yang kemeja lengan panjang tu masih tiga helai.
Saye simpankan untuk abang sampai petang ni.
Kalau jadi, kite jumpe kat simpang Pasar Bawah Pekanbaru, COD je."""),
]
