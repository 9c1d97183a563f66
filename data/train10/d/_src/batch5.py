# Hand-written records, batch 5. Tuple: (family, kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("F40", "post", "twin_offer_quiet", 1, 1, 1, 1, """Restock celana chino & cargo 🔥 pilihan grade A
Dickies, Uniqlo, Carhartt — ada yang pudar di lutut, sudah kami cuci semua
Ukuran 28–38, harga 55rb, 2 pcs 100rb
Toko kami di Jl. Pasar Baru Batam lantai 1, atau order Shopee 'chinobatam'
#celanacargo #chinopria #batamstore"""),
("F40", "post", "hn_twin_own_closet", 1, 1, 1, 0, """Beres-beres lemari suami 😅 celana chino & cargo yang udah ga muat
Dickies, Uniqlo, Carhartt, semua dibeli sendiri di mall Batam, ada yang pudar di lutut, sudah dicuci
Ukuran 32–34, harga 55rb, 2 pcs 100rb
Ambil di rumah kami Batam Centre, atau DM aja
#prelovedbatam #beberesrumah"""),

("F41", "listing", "twin_offer_quiet", 1, 1, 1, 1, """Selimut & bed cover tebal, isi 10 lembar per ikat
Ex Jepang, motif campur, pernah dipakai, sudah dicuci dan dijemur
Rp 350.000/ikat, eceran 45.000/lembar
Lokasi gudang Tanjung Uncang, Batam — bisa kirim kargo ke Jakarta & Medan
Tanya-tanya chat 0812xxxx"""),
("F41", "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """Tikar plastik & karpet vinyl, isi 10 lembar per ikat
Ex Jepang, motif campur, pernah dipakai, sudah dicuci dan dijemur
Rp 350.000/ikat, eceran 45.000/lembar
Lokasi gudang Tanjung Uncang, Batam — bisa kirim kargo ke Jakarta & Medan
Tanya-tanya chat 0812xxxx"""),

("F42", "message", "twin_offer_loud", 1, 1, 1, 1, """Broadcast mingguan 🌟 THRIFT MONJA ONLINE
Kemeja, polo, jaket ex Korea — monja asli, bukan KW, ada bekas pemakaian wajar
Semua 25rb–70rb, free ongkir Medan kota min. 3 pcs
Katalog lengkap: ketik KATALOG ke 0813xxxx
Terima kasih sudah jadi pelanggan setia 🙏"""),
("F42", "message", "hn_twin_new_goods", 1, 0, 1, 1, """Broadcast mingguan 🌟 KOREA FASHION ONLINE
Kemeja, polo, jaket import Korea — barang baru langsung dari Dongdaemun, original bukan KW, masih tag
Semua 125rb–270rb, free ongkir Medan kota min. 3 pcs
Katalog lengkap: ketik KATALOG ke 0813xxxx
Terima kasih sudah jadi pelanggan setia 🙏"""),

("F43", "live", "twin_offer_loud", 1, 1, 1, 1, """Gaes malam ini live bongkar karung bekas impor lagi 🔥
Karung nomor 7 isinya jaket parasut & windbreaker, ex Korea semua
Harga flat 40k, yang pertama nyebut warnanya dapet
Ongkir dihitung per kilo ya, dari gudang kami di Cileungsi
Jangan lupa follow biar dapet notif live berikutnya 🙌"""),
("F43", "live", "hn_twin_not_clothing", 1, 1, 0, 1, """Gaes malam ini live bongkar karung bekas impor lagi 🔥
Karung nomor 7 isinya mainan & pernak-pernik, boneka plastik, gantungan kunci, ex Korea semua
Harga flat 40k, yang pertama nyebut nomornya dapet
Ongkir dihitung per kilo ya, dari gudang kami di Cileungsi
Jangan lupa follow biar dapet notif live berikutnya 🙌"""),

("F44", "review", "twin_offer_quiet", 1, 1, 1, 1, """4/5 ⭐ Blazer wol abu-abu dari lapak 'Roma Kak Uli' di Pasar Siantar
Bahannya tebel, jahitan rapi, cuma ada bolong ngengat kecil di lengan yang udah aku tambal
Harga 45rb, worth it lah buat kerja
Kak Uli orangnya ramah, tiap Sabtu buka bal baru katanya"""),
("F44", "review", "hn_twin_thrift_donation_store", 1, 1, 1, 0, """4/5 ⭐ Blazer wol abu-abu dari toko sosial 'Rumah Berbagi' di Siantar
Bahannya tebel, jahitan rapi, cuma ada bolong ngengat kecil di lengan yang udah aku tambal
Harga 45rb, semua barangnya sumbangan jemaat gereja sekitar, hasilnya buat panti
Tiap Sabtu mereka nambah stok baru dari donasi"""),

("F45", "comment", "twin_offer_quiet", 1, 1, 1, 1, """Barang Tanjungbalai kak, jaket jeans Levi's trucker size M, pundak udah pudar natural 👌
Masih ada 2, 120rb aja
Kakak mau yang mana? aku kirim dari Kisaran, besok sampai Medan
DM aku biar cepet ya"""),
("F45", "comment", "hn_twin_new_goods", 1, 0, 1, 1, """Barang Tanjungbalai kak, jaket jeans model trucker size M, baru, impor China, masih plastik 👌
Masih ada 2, 120rb aja
Kakak mau yang mana? aku kirim dari Kisaran, besok sampai Medan
DM aku biar cepet ya"""),

("F46", "post", "twin_offer_loud", 1, 1, 1, 1, """Lelong Sabtu pagi 🛍️ lapak depan Pasar Inpres Tarakan
Baju bekas Malaysia banyak yang baru dibongkar: kemeja kerja, seragam sekolah, sweater
Mulai 10 ringgit… eh maksudnya 10rb 😂
Datang pagi biar dapat yang bagus, kami buka jam 6
#lelongtarakan #bajumurah"""),
("F46", "post", "hn_twin_not_clothing", 1, 1, 0, 1, """Lelong Sabtu pagi 🛍️ lapak depan Pasar Inpres Tarakan
HP bekas Malaysia banyak yang baru dibongkar: Samsung, Oppo, Vivo, semua udah dites nyala
Mulai 100 ringgit… eh maksudnya 300rb 😂
Datang pagi biar dapat yang mulus, kami buka jam 6
#lelongtarakan #hpmurah"""),
]
