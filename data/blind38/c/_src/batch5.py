# Batch 5: families F081-F100
RECORDS = [
    ("F081", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Kebaya brokat ex Singapura bekas sewa, size M, 90rb, Palembang, bisa kirim"),
    ("F081", "hn_twin_rental_stock", "listing", 1, 1, 1, 0, "Kebaya brokat bekas sewa dari butik rias kami sendiri, jahitan Palembang, size M, 90rb, bisa kirim"),

    ("F082", "twin_offer_quiet", "post", 1, 1, 1, 1, "Masuk lagi dari Tanjungpinang 🚢 kemeja batik & kemeja kantor, mulus 90%, 25rb/pcs, ambil 20 free ongkir Jambi"),
    ("F082", "hn_twin_family_clearout", "post", 1, 1, 1, 0, "Masuk lagi dari lemari bapak 😂 kemeja batik & kemeja kantor pensiunan, mulus 90%, 25rb/pcs, Jambi kota aja"),
    ("F082", "hn_twin_office_equipment", "post", 1, 1, 0, 1, "Masuk lagi dari Tanjungpinang 🚢 printer & scanner kantor bekas, mulus 90%, 250rb/unit, ambil 5 free ongkir Jambi"),

    ("F083", "twin_offer_loud", "message", 1, 1, 1, 1, "Bos, balpres sepatu Korea grade A sudah sandar Belawan, 1 bal 100 pasang, 6jt, mau berapa bal?"),
    ("F083", "hn_twin_cardboard", "message", 1, 1, 0, 1, "Bos, balpres kardus bekas Korea grade A sudah sandar Belawan, 1 bal 500 kg, 2,6jt, mau berapa bal?"),

    ("F084", "twin_offer_loud", "listing", 1, 1, 1, 1, "Sepatu kulit pantofel bekas impor Italia, uk 41, udah disemir ulang, 120rb, Yogyakarta"),
    ("F084", "hn_twin_domestic_made", "listing", 1, 1, 1, 0, "Sepatu kulit pantofel buatan Cibaduyut, bekas pakai kondangan, uk 41, disemir ulang, 120rb, Yogyakarta"),

    ("F085", "twin_offer_loud", "comment", 1, 1, 1, 1, "Kak gaun pesta anak ini dari bal Korea, pemakaian sekali, 45rb ya, bisa COD Depok"),
    ("F085", "hn_twin_new_import", "comment", 1, 0, 1, 1, "Kak gaun pesta anak ini impor Korea tapi barang baru ya, belum pernah dipakai, 45rb, bisa COD Depok"),

    ("F086", "twin_offer_live", "live", 1, 1, 1, 1, "Balpres Jepang lagi dibongkar live nih 🔥 jaket, rok, cardigan, semua bekas impor, 30rb rata, ketik angka yg mau"),
    ("F086", "hn_twin_mixed_goods", "live", 1, 1, 0, 1, "Balpres Jepang lagi dibongkar live nih 🔥 mainan, buku, piring, semua bekas impor, 30rb rata, ketik angka yg mau"),
    ("F086", "hn_twin_store_overstock", "live", 1, 0, 1, 1, "Kardus Jepang lagi dibuka live nih 🔥 jaket, rok, cardigan baru sisa stok toko Osaka, 30rb rata, ketik angka yg mau"),

    ("F087", "twin_offer_quiet", "post", 1, 1, 1, 1, "Celana jeans 2nd karungan, waist 27-36, 35rb an, Sorong bisa kirim ke Manokwari"),
    ("F087", "hn_twin_brothers_clothes", "post", 1, 1, 1, 0, "Celana jeans 2nd bekas abang2ku, waist 30-32, 35rb an, Sorong bisa kirim ke Manokwari"),

    ("F088", "twin_offer_loud", "message", 1, 1, 1, 1, "Kak, katalog baju anak thrift Hongkong udah kukirim ya, bersih, 15rb/pcs, minimal 6"),
    ("F088", "hn_twin_buyer_question", "message", 0, 1, 1, 1, "Kak, baju anak thrift Hongkong yg 15rb/pcs itu masih ada ga? Minimal 6 ya? Aku pikir2 dulu"),

    ("F089", "hn_twin_news_trains", "article", 0, 1, 0, 1, "Impor KRL bekas dari Jepang kembali jadi sorotan; pemerintah menilai barang modal bekas harus lolos uji kelayakan."),
    ("F089", "hn_twin_news", "article", 0, 1, 1, 1, "Impor pakaian bekas dari Jepang kembali jadi sorotan; pemerintah menegaskan barang itu dilarang masuk."),
    ("F089", "twin_offer_quiet", "post", 1, 1, 1, 1, "Pakaian bekas dari Jepang sudah masuk lagi, mumpung belum disorot, yang mau ambil DM sekarang"),

    ("F090", "twin_offer_loud", "listing", 1, 1, 1, 1, "Blazer wanita thrift Korea, lapisan dalam utuh, 70rb, Balikpapan"),
    ("F090", "hn_twin_new_in_plastic", "listing", 1, 0, 1, 1, "Blazer wanita ex Korea brand new in plastic, lapisan dalam satin, 170rb, Balikpapan"),

    ("F091", "twin_offer_market_source", "comment", 1, 1, 1, 1, "Jaket kulit sapi ini dari Pasar Senen kak, bekas tapi kulit asli, kirim 150rb ya"),
    ("F091", "hn_twin_domestic_made", "comment", 1, 1, 1, 0, "Jaket kulit sapi ini bekas papa kak, dulu dibeli di Sukaregang Garut, kulit asli, kirim 150rb ya"),

    ("F092", "twin_offer_quiet", "message", 1, 1, 1, 1, "Ada 3 karung sortiran Korea grade B, isi celana pendek & kaos, 1,5jt semua, ambil di Cirebon"),
    ("F092", "hn_twin_plastic_scrap", "message", 1, 1, 0, 1, "Ada 3 karung sortiran plastik Korea grade B, isi gilingan botol bekas, 1,5jt semua, ambil di Cirebon"),

    ("F093", "twin_offer_profile", "profile", 1, 1, 1, 1, "@koleksi.ala.dewi • kemeja & dress second ex Jepang pilihan tangan • sudah laundry • order WA 0812xxxx"),
    ("F093", "hn_twin_new_arrival", "profile", 1, 0, 1, 1, "@koleksi.ala.dewi • kemeja & dress import Jepang new arrival • ready & PO • order WA 0812xxxx"),
    ("F093", "hn_twin_family_wardrobe", "profile", 1, 1, 1, 0, "@koleksi.ala.dewi • kemeja & dress second lemari sendiri & keluarga • sudah laundry • order WA 0812xxxx"),

    ("F094", "twin_offer_stall", "post", 1, 1, 1, 1, "Thrifting di lapak kami aja, baju bekas impor 10rb-an, Pasar Kodok Tabanan tiap Minggu 🌴"),
    ("F094", "hn_twin_experience", "post", 0, 1, 1, 1, "Thrifting di Pasar Kodok Tabanan tiap Minggu seru juga, baju bekas impor 10rb-an, tapi kudu sabar ngubek 🌴"),

    ("F095", "twin_offer_loud", "listing", 1, 1, 1, 1, "Sarung tangan & syal wol bekas impor Jepang, 10rb/pcs, ambil 20 dapat 180rb, Bukittinggi"),
    ("F095", "hn_twin_handknit_used", "listing", 1, 1, 1, 0, "Sarung tangan & syal rajutan nenek sendiri, bekas pakai, 10rb/pcs, ambil 20 dapat 180rb, Bukittinggi"),

    ("F096", "twin_offer_live", "live", 1, 1, 1, 1, "Next kak, sepatu futsal second ex Korea uk 40, stud masih tajam, 85rb, ketik F40"),
    ("F096", "hn_twin_sports_gear", "live", 1, 1, 0, 1, "Next kak, bola futsal second ex Korea size 4, masih bulat, 85rb, ketik B4"),

    ("F097", "twin_offer_quiet", "post", 1, 1, 1, 1, "Bongkar koli Hongkong hari ini 🧸 baju bayi & jumper, bekas tapi wangi, 10rb an, Bogor"),
    ("F097", "hn_twin_own_baby_clothes", "post", 1, 1, 1, 0, "Bongkar box baju bayi anakku 🧸 jumper & bedong, bekas tapi wangi, 10rb an, Bogor"),

    ("F098", "twin_offer_quiet", "message", 1, 1, 1, 1, "Bang pesanan 2 karung celana jeans second Amerika sudah saya kirim via Pelni ke Ambon, resi nyusul"),
    ("F098", "hn_twin_new_goods", "message", 1, 0, 1, 1, "Bang pesanan 2 dus celana jeans baru Amerika sudah saya kirim via Pelni ke Ambon, resi nyusul"),

    ("F099", "twin_offer_loud", "listing", 1, 1, 1, 1, "Gorden & taplak meja thrift Jepang, motif bunga, 25rb/lembar, Pekalongan"),
    ("F099", "hn_twin_used_appliances", "listing", 1, 1, 0, 1, "Lampu meja & kipas angin seken ex Jepang, motif bunga, 125rb/unit, Pekalongan"),

    ("F100", "twin_offer_stall", "comment", 1, 1, 1, 1, "Cek lapak aku kak, baju monza branded semua 20rb-an, Pajak Melati los 7 🙏"),
    ("F100", "hn_twin_gadgets", "comment", 1, 1, 0, 1, "Cek lapak aku kak, HP & kamera monza branded semua 200rb-an, Pajak Melati los 7 🙏"),
    ("F100", "hn_twin_complaint", "comment", 0, 1, 1, 1, "Cek lapak dia deh, baju monza branded 20rb-an di Pajak Melati los 7 banyak yg sobek, kecewa aku 🙏"),
]
