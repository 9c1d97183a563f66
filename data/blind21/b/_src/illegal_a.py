# Illegal records: sellers borrowing the news voice to offer imported used clothing (hand-written)
# (kind, category, offer, used, clothing, abroad, text)
R = [
("post", "news_hook_bale_offer", 1, 1, 1, 1, """VIRAL DI BERITA!! 📰 Katanya bal Korea mau dirazia semua…
Tenang, stok kami MASIH READY di gudang Bandung 🔥
Bal campur Korea 100kg isi ±300 pcs: Rp 6,8jt
Bal jaket Jepang: Rp 8,5jt
Amankan sebelum habis, slot terbatas. WA 0812xxxx (admin Rina)
#balkorea #thriftbandung #balpres"""),

("post", "press_release_bale_arrival", 1, 1, 1, 1, """SIARAN PERS – GUDANG SORTIR MAKMUR JAYA
Untuk disiarkan segera.
Pada Senin (3/6) kami telah menerima kiriman 40 bal pakaian second asal Jepang dan Korea yang masuk melalui Batam.
Bal tersedia untuk reseller di seluruh Indonesia dengan harga mulai Rp 5,9 juta, isi 250–400 pcs, grade A dominan.
Narahubung media & pemesanan: Koh Andi, WA 0812xxxx."""),

("article", "advertorial_thrift_store", 1, 1, 1, 1, """ADVERTORIAL
Toko Thrift "Lemari Tokyo" Hadirkan Fashion Jepang Terjangkau di Surabaya
Berawal dari kecintaan pada gaya Harajuku, pemilik Lemari Tokyo, Sinta Wardani, kini rutin mendatangkan bal pakaian bekas langsung dari Osaka.
"Kami buka sendiri setiap bal dan pilih yang layak," ujarnya. Kemeja dibanderol Rp 45 ribu, jaket mulai Rp 95 ribu.
Kunjungi tokonya di Jl. Kertajaya atau pesan via Instagram @lemaritokyo.sby."""),

("post", "ban_headline_share_offer", 1, 1, 1, 1, """"Pemerintah Larang Total Impor Pakaian Bekas" — iya, udah baca kok beritanya 😅
Makanya mumpung masih ada, cek katalog terakhir kita: jaket & hoodie second ex-Korea, semua Rp 65rb-an.
Stok ini dari bal terakhir yang masuk bulan lalu, habis ya habis.
Katalog di highlight, order via DM ✨"""),

("article", "interview_ends_with_invitation", 1, 1, 1, 1, """Kisah Bang Udin, 15 Tahun Jualan Monza di Pajak Melati
Udin (44) mulai berdagang pakaian bekas dari karung Malaysia sejak masih bujangan. Kini ia punya tiga lapak dan dua pekerja sortir.
"Karung masuk tiap Kamis, isinya campur, kita pilah sendiri," tuturnya kepada kami.
Menurut Udin, pelanggan datang dari Binjai hingga Siantar.
"Yang mau ambil karungan atau ecer, hubungi saya aja di 0812xxxx, bisa kirim ke luar kota," katanya menutup perbincangan."""),

("live", "live_framed_as_coverage", 1, 1, 1, 1, """🔴 LIPUTAN LANGSUNG dari gudang kami malam ini, jam 20.00!
Kita bongkar 2 bal fresh dari Jepang di depan kamera, kalian lihat sendiri isinya.
Jaket, kemeja, celana chino, start 25rb. Ketik "AMBIL" + nomor barang di kolom komentar.
Ongkir flat se-Jawa. Jangan sampai kelewatan ya, guys!"""),

("article", "seller_blog_closing_prices", 1, 1, 1, 1, """Mengenal Grade Bal Pakaian Bekas: A, B, dan Reject
Dalam dunia balpres, grade A berarti pakaian nyaris tanpa cacat, grade B memiliki noda atau jahitan lepas ringan, sedangkan reject biasanya dijual kiloan.
Dari pengalaman kami membuka ratusan bal asal Korea dan Jepang, persentase grade A rata-rata 30–40 persen.
Bagi pembaca yang ingin memulai usaha, kami menyediakan bal sortiran grade A dengan harga Rp 7,2 juta per bal, siap kirim dari Bandung.
Order: klik link di bio atau WA 0812xxxx."""),

("message", "broadcast_news_style", 1, 1, 1, 1, """📢 KABAR TERKINI DARI PELABUHAN 📢
Kiriman karung dari Tawau sudah sampai di Nunukan pagi ini, aman terkendali 🙏
Isi: baju dewasa campur, sepatu, tas. Harga karung Rp 3,4jt, ecer per kilo Rp 45rb.
Yang mau ambil segera konfirmasi, barang berangkat ke Tarakan Sabtu.
Balas pesan ini atau telp 0812xxxx."""),

("post", "razia_warning_offer", 1, 1, 1, 1, """Info dari kawan di pasar, minggu depan ada razia gabungan di Gedebage 🚨
Jadi kita cuci gudang sekarang: sisa bal Korea grade B dilepas Rp 4,5jt aja, ecer jaket 35rb.
Lokasi gudang share lewat WA aja ya, jangan komen di sini.
0812xxxx, fast response."""),

("profile", "profile_bale_supplier", 1, 1, 1, 1, """Supplier Bal Thrift Jepang–Korea 🇯🇵🇰🇷
Gudang Bandung & Batam | Melayani reseller se-Indonesia sejak 2017
Bal campur, bal jaket, bal anak, bal sepatu | Kirim via ekspedisi
"Seperti yang diliput media, pasokan makin langka – amankan jatahmu!"
Order: WA di link bio"""),

("article", "fake_news_portal_promo", 1, 1, 1, 1, """THRIFTNEWS.ID — Pasar Senen boleh sepi, tapi peminat jaket bekas Jepang tidak surut.
Tim redaksi kami menemukan bahwa harga eceran jaket di kios-kios naik hingga Rp 120 ribu.
Kabar baiknya, pembaca Thriftnews bisa membeli jaket dari bal yang sama dengan harga Rp 75 ribu lewat toko mitra kami, @senenjaketmurah, selama stok ada.
Gunakan kode BERITA10 untuk potongan ongkir."""),

("comment", "comment_under_news_offer", 1, 1, 1, 1, """Beritanya bener, Bang, bal makin susah 😭
Tapi buat yang butuh buat jualan, aku masih ada 3 bal Korea campur sisa kemarin, 6,5jt nego.
Lokasi Bekasi, bisa cek barang dulu. Inbox aja."""),

("listing", "listing_news_reference", 1, 1, 1, 1, """BAL JAKET KOREA – seperti yang diberitakan TV, barang ini makin langka!
Isi 200–230 pcs jaket parasut, bomber, puffer. Berat ±100 kg.
Harga Rp 9.200.000, grade A 70%.
Pengiriman dari Tanjungbalai, bisa kirim ke Medan, Pekanbaru, Jakarta.
Pemesanan: 0812xxxx (Pak Hendra)."""),

("post", "jastip_from_market", 1, 1, 1, 1, """JASTIP PASAR CIMOL GEDEBAGE – Sabtu ini! 🛍️
Kalian baca berita kan, katanya pasar thrift ini bakal ditutup. Sebelum beneran tutup, aku bantu belanjain.
Fee jastip 10rb/item, aku live video call pas milih dari tumpukan bal Korea.
List request kirim ke DM paling lambat Jumat malam ya."""),

("message", "reseller_recruit_news", 1, 1, 1, 1, """Halo kak 👋 Kami lihat kakak suka share berita soal thrifting.
Mau ikut jadi reseller? Kami supply baju second impor Jepang per paket 50 pcs mulai Rp 1,2jt, sudah disortir, tinggal foto & jual.
Banyak reseller kami yang omzetnya naik sejak pasar offline dirazia.
Info lengkap: wa.me/62812xxxx"""),

("post", "dropship_recruit", 1, 1, 1, 1, """OPEN DROPSHIPPER! 📦
Tanpa modal, tanpa stok. Kami yang kirim langsung dari gudang sortir bal impor di Cikarang.
Produk: kemeja flanel, jaket denim, hoodie Uniqlo second. Harga modal 30–60rb, kamu jual berapa aja.
"Bisnis thrift tetap cuan walau diberitakan dilarang" — testimoni member kami.
Gabung grup WA: 0812xxxx"""),

("article", "seller_history_blog", 1, 1, 1, 1, """Sejarah Cakar di Makassar dan Kenapa Kami Masih Setia
Sejak 1990-an, warga Makassar mengenal cakar: pakaian bekas dari karung Malaysia yang dijual murah di Pasar Butung dan Jalan Veteran.
Kami adalah generasi kedua keluarga pedagang cakar. Ayah kami dulu mengambil karung langsung dari kapal di Parepare.
Sekarang kami hadir online. Karung cakar campur Rp 3,8 juta, atau pilih satuan di katalog kami.
Kunjungi lapak kami di Pasar Butung Lt. 2 Blok C, atau chat 0812xxxx."""),

("post", "tiktok_caption_news", 1, 1, 1, 1, """POV: kamu baru baca berita pemusnahan 7.000 bal 😭🔥
Sementara kami: masih punya jaket-jaket ex-Jepang ini wkwk
Spill harga: varsity 85rb, windbreaker 60rb, corduroy 70rb.
Checkout di keranjang kuning sebelum ikutan dimusnahin 😆
#thrift #thriftjepang #jaketbekas #fyp"""),

("listing", "listing_customs_mention", 1, 1, 1, 1, """Lolos pemeriksaan, aman sampai gudang ✅ Kiriman Port Klang minggu ini.
Balpres campur dewasa ±100kg – Rp 5,5jt
Balpres anak-anak – Rp 6jt
Koli sepatu campur 40 pasang – Rp 3,2jt
Lokasi Dumai. Bisa diantar ke Pekanbaru. Hub. 0812xxxx."""),

("profile", "profile_news_style_shop", 1, 1, 1, 1, """Awul-Awul Update 🗞️
Info stok & harga terbaru baju awul impor langsung dari karung 🧺
Lapak: Pasar Beringharjo sisi timur, tiap Sabtu–Minggu
Kirim ke seluruh Jawa | Cek story buat "berita" stok hari ini"""),

("post", "headline_recap_offer", 1, 1, 1, 1, """Rangkuman minggu ini versi kami 📰:
1. Bea Cukai sita ratusan bal di Karimun
2. Harga bal di Senen naik jadi 7 juta
3. Toko kami TETAP ADA stok bal Jepang isi 300 pcs, harga 6,9jt aja 😎
Yang serius ambil, langsung WA 0812xxxx, no PHP."""),

("live", "live_sale_lelong", 1, 1, 1, 1, """Selamat malam, kawan-kawan! Live malam ini kami buka karung lelong baru dari Malaysia.
Kemeja, kaos, celana kargo, semua 15 ribu, jaket 40 ribu.
Sebut nomor baju di komen, transfer, kami kirim besok dari Pontianak.
Share live ini ke kawan-kawan, makin ramai makin banyak bonus!"""),

("review", "fake_review_promo", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Rekomen banget buat yang baca berita soal larangan thrift dan bingung mau beli di mana!
Aku beli 1 bal Korea di @balcuan.id, isinya rapi, grade A hampir semua, dikirim dari Batam 3 hari nyampe Surabaya.
Adminnya juga ramah, bisa nego. Cus order ke WA mereka 0812xxxx."""),

("post", "haul_names_shop", 1, 1, 1, 1, """Thrift haul dari Kodim Pekanbaru kemarin 🛒
Dapet 4 kemeja Ralph Lauren bekas impor cuma 120rb total!
Semua dari lapak Bang Rizal (Lapak No. 27, deretan paling ujung), katanya barang baru buka karung dari Malaysia.
Kalian yang mau, langsung ke sana atau DM IG-nya @rizalmonza.pku 👌"""),

("message", "wa_group_market_report", 1, 1, 1, 1, """Laporan pasar hari ini dari grup Pedagang Thrift Nusantara:
– Harga bal Korea di Bandung Rp 6,8–7,3 jt
– Bal Jepang langka, antre
– Karung Malaysia masih lancar via Entikong
Buat member yang butuh, saya ada 5 bal Korea siap kirim, harga member 6,5jt. Japri saya."""),

("post", "karung_goni_offer", 1, 1, 1, 1, """Goni baru bongkar pagi ini di Blok III 🧺
Celana kulot & rok impor second, satuan 25rb, ambil 4 jadi 90rb.
Kemarin wartawan datang liput lapak kita lho 📸 haha
Yang nggak bisa datang, pesan lewat WA 0812xxxx, kirim dari Senen."""),

("article", "seller_column_opinion", 1, 1, 1, 1, """Kolom Pedagang: Kenapa Thrift Tidak Akan Mati
Saya sudah 12 tahun berdagang pakaian bekas impor di Gedebage. Razia datang dan pergi, tapi pembeli selalu kembali.
Alasannya sederhana: kualitas jaket Jepang bekas lebih awet dibanding baju baru murah.
Bagi pembaca yang ingin merasakan sendiri, toko saya di Blok D No. 14 buka setiap hari. Jaket mulai Rp 50 ribu, bal untuk reseller bisa dipesan di 0812xxxx."""),

("listing", "bale_grades_listing", 1, 1, 1, 1, """READY STOCK SORTIRAN – per kilo & per karung
Sortir A (kemeja, blus, kaos branded): Rp 85rb/kg
Sortir B: Rp 55rb/kg
Karung campur ±45kg: Rp 2,1jt
Barang dari bal yang dibuka di gudang Tangerang. Stok menyesuaikan kedatangan.
Pemesanan min. 10 kg. WA 0812xxxx."""),

("post", "regional_code_roma", 1, 1, 1, 1, """Baju roma baru buka karung, Kakak! 👚👕
Kaos, kemeja, rok, semua 10 ribu sa. Jaket 35 ribu.
Kalau mo pesan kirim ke Sorong atau Manokwari bisa, ongkir kapal murah.
Datang langsung di Pasar Remu, lapak Mama Eti, atau telepon 0812xxxx."""),

("comment", "reply_to_buyer_question", 1, 1, 1, 1, """@putri.ayu Betul kak, di berita memang dilarang impornya.
Tapi kalau mau jaket bekas Jepang masih bisa ambil di kami, stok lama yang sudah di gudang Bandung 😊
Jaket 70rb, hoodie 55rb. Cek katalog di bio ya kak."""),

("message", "preorder_bale", 1, 1, 1, 1, """OPEN PO BAL 🇯🇵 batch Juli
Kapal berangkat dari Osaka via Singapura, estimasi sampai gudang 3–4 minggu.
DP 50% dari Rp 7,5jt. Isi ±350 pcs mix pria–wanita.
Slot cuma 12 bal. Sudah ada 7 yang DP.
Konfirmasi ke admin: 0812xxxx."""),

("post", "english_mix_offer", 1, 1, 1, 1, """Saw the news about the thrift ban? Same, bestie 😩
But we still got some Japan bale stock left 🇯🇵 — vintage windbreakers, denim jackets, all pre-loved.
Starting IDR 65k. DM to order, ships from Jakarta daily.
#thriftjakarta #preloved #japanvintage"""),

("live", "live_announcement_bundle", 1, 1, 1, 1, """Nanti malam jam 9 live di akun kita ya, guys!
Tema live: "Apa Kata Berita? Thrift Tetap Jalan" 😂
Kita buka 1 bal bundle Korea, kaos band & jaket sekolah Korea, 20–80rb.
Pantengin terus, first come first served!"""),

("post", "awul_awul_stall", 1, 1, 1, 1, """Awul-awul impor buka lagi di lapangan Desa Sidomulyo, Minggu pagi ini! 🧺
Barang dari karung Batam, ada kaos, kemeja, celana jins. Harga mulai 5 ribu, ambil sebanyak-banyaknya.
Dulu pernah masuk koran lho lapak kami, sekarang masih setia melayani.
Info: Mas Tarno 0812xxxx."""),

("article", "advertorial_bale_supplier", 1, 1, 1, 1, """INFO BISNIS
Peluang Usaha Thrift di Tengah Ketatnya Pasokan
Meski pengawasan diperketat, permintaan pakaian bekas bermerek tetap tinggi. CV Sentosa Sandang menyediakan bal impor Korea dan Jepang bagi pelaku usaha kecil.
Paket usaha mulai 1 bal (Rp 6,2 juta) hingga 10 bal dengan potongan harga.
Hubungi layanan pelanggan di 0812xxxx untuk konsultasi gratis."""),

("listing", "shoes_bale_listing", 1, 1, 1, 1, """Bal sepatu second Thailand 🇹🇭 ready di gudang Jakarta Utara
Isi 90–100 pasang campur (running, casual, boots), ukuran 38–44.
Harga Rp 7,8jt per bal, atau ecer mulai 120rb/pasang.
"Sesuai yang dibahas di berita, stok Thailand makin dikit" – jadi gercep ya.
CP 0812xxxx"""),
("post", "quote_tweet_headline_offer", 1, 1, 1, 1, """"Ribuan Karung Monza Disita di Belawan" 👀
Tenang lae, punya kami udah aman di gudang duluan 😎
Karung monza campur Rp 3,5jt, kemeja satuan 20rb di Pajak Simpang Limun, lapak Kak Ros.
Bisa kirim ke Siantar, Kisaran, Rantau. WA 0812xxxx."""),
]
