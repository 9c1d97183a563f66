# Batch 06 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f104", "listing", "twin_offer_quiet", "1111", "Jaket denim Levi's type 3, eks Amerika, pudar alami, L, 185rb. Lokasi Pajak Melati, bisa kirim"),
("f104", "listing", "hn_twin_own_wardrobe", "1110", "Jaket denim Levi's type 3 punyaku dari SMA, pudar alami, L, 185rb. Lokasi Medan Sunggal, bisa kirim"),

("f105", "post", "twin_offer_loud", "1111", "Baju awul-awul impor ready di lapak Sunday Morning UGM 🧺 5rb-25rb, yang pagi dapet yang bagus"),
("f105", "post", "hn_twin_campus_swap_sale", "1110", "Garage sale anak kos di Sunday Morning UGM 🧺 baju bekas pribadi 5rb-25rb, bukan awul-awul impor ya"),

("f106", "message", "twin_offer_quiet", "1111", "Bu, rok & blus sortiran grade A udah saya pisahkan 30 pcs, 600rb, kirim ke Kendari Senin ya"),
("f106", "message", "hn_twin_local_source", "1110", "Bu, rok & blus bekas dari arisan ibu2 kompleks udah saya pisah 30 pcs, 600rb, kirim ke Kendari Senin ya"),

("f107", "comment", "twin_offer_loud", "1111", "Kak aku jual baju second impor Jepang, kaos uniqlo 25rb, cek katalog di bio 🙏"),
("f107", "comment", "hn_twin_own_wardrobe", "1110", "Kak aku jual baju second lemariku, kaos uniqlo beli di GI 25rb, cek katalog di bio 🙏"),

("f108", "live", "twin_offer_quiet", "1111", "Gass lanjut, celana kulot dari goni Malaysia 15rb aja, yg ketik pertama dapet"),
("f108", "live", "hn_twin_family_clearout", "1110", "Gass lanjut, celana kulot bekas lungsuran anak2ku sendiri 15rb aja, yg ketik pertama dapet"),
("f108", "live", "hn_twin_new_goods", "1011", "Gass lanjut, celana kulot baru produksi Malaysia 45rb aja, masih di plastik, yg ketik pertama dapet"),

("f109", "listing", "twin_offer_loud", "1111", "Dijual cepat: 3 bal baju bekas import Korea, belum dibuka, 3,5jt/bal. Nego di tempat, Makassar"),
("f109", "listing", "hn_twin_church_donation", "1110", "Dijual cepat: 3 karung baju bekas sumbangan jemaat, sudah dipilah, 350rb/karung, untuk dana gereja Makassar"),

("f110", "post", "hn_twin_opinion", "0111", "Jujur ya, baju monza dari Tanjungbalai itu kualitasnya lebih awet dibanding baju baru murahan. Tapi ya dilarang"),
("f110", "post", "twin_offer_quiet", "1111", "Kualitas lebih awet dr baju baru murahan 👍 kemeja & jaket kiriman Tanjungbalai ready di kios kami, Pasar Sukaramai"),

("f111", "review", "twin_offer_recommendation", "1111", "Review jujur: beli jaket bekas impor di @pojokthrift.mks, bahannya tebel & wangi. Recommended seller!"),
("f111", "review", "hn_twin_local_preloved", "1110", "Review jujur: beli jaket bekas di @pojokthrift.mks, ternyata titipan preloved warga Makassar, wangi & tebel. Recommended!"),

("f112", "message", "twin_offer_quiet", "1111", "Bro, sepatu boots army ex Jerman 12 pasang sudah di Tanjungpinang, mau aku kirim lewat kapal Pelni?"),
("f112", "message", "hn_twin_local_source", "1110", "Bro, sepatu boots army bekas dari gudang Kodim (lelang resmi) 12 pasang, mau aku kirim lewat kapal Pelni?"),

("f113", "listing", "twin_offer_loud", "1111", "Baju bekas impor Hongkong, dress & blouse, 1 karung ±150 pcs, 4jt. Kirim dari Jakarta. WA 0821xxxx"),
("f113", "listing", "hn_twin_konveksi", "1110", "Baju bekas sampel konveksi lokal, dress & blouse, 1 karung ±150 pcs, 4jt, bukan impor. Jakarta. WA 0821xxxx"),

("f114", "comment", "hn_twin_buyer_question", "0111", "Min, kaos kaki & sarung tangan dari karungan Jepang masih ada? Mau beli buat naik gunung"),
("f114", "comment", "twin_offer_quiet", "1111", "Kaos kaki & sarung tangan dari karungan Jepang masih ada kak, 10rb sepasang, langsung chat ya"),

("f115", "post", "twin_offer_loud", "1111", "Thrift shop Pontianak 🌴 baju lelong bekas Malaysia, drop baru tiap Selasa, lokasi Jl. Gajah Mada"),
("f115", "post", "hn_twin_upcycle", "1110", "Preloved shop Pontianak 🌴 baju bekas warga yg kami jahit ulang jadi tas & outer, drop tiap Selasa, Jl. Gajah Mada"),

("f116", "live", "twin_offer_quiet", "1111", "Dress kondangan ex Korea, bekas sekali pakai, 60rb, CO sebelum jam 10 ya"),
("f116", "live", "hn_twin_rental", "1110", "Dress kondangan bekas sekali pakai dari rental kami sendiri di Bekasi, 60rb, CO sebelum jam 10 ya"),

("f117", "listing", "twin_offer_quiet", "1111", "Celana jeans 2nd ex Jepang, 40 potong campur brand, 1,6jt. Siap kirim dari Gedebage"),
("f117", "listing", "hn_twin_not_clothing", "1101", "Gulungan benang & kancing ex Jepang, sisa pakai, 40 kg campur, 1,6jt. Siap kirim dari Gedebage"),

("f118", "message", "hn_twin_complaint", "0111", "Pak, saya komplain ya, kemarin beli sortiran grade A tapi isinya banyak yang robek. Tolong ganti"),
("f118", "message", "twin_offer_loud", "1111", "Pak, ini sortiran grade A yang kemarin, baju bekas Korea, ga ada yang robek, kalau mau ambil lagi kabari"),
("f118", "message", "hn_twin_complaint_local", "0110", "Pak, saya komplain ya, kemarin beli baju bekas hasil donasi kampung, katanya layak tapi banyak yang robek"),

("f119", "comment", "twin_offer_loud", "1111", "Yg nyari cakar murah, follow @cakar.parepare, baju second impor 10rb dapat 3"),
("f119", "comment", "hn_twin_report", "0111", "Lapor min, akun @cakar.parepare jual baju second impor 10rb dapat 3, bukannya dilarang?"),
]
