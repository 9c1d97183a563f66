DATA = [
("post","plain_offer",1,1,1,1,"""Minggu lalu ada yang komen, 'kak, kapan stok celana kulot lagi?'
Jawabannya: sekarang! 😆
Baru buka bal Korea isi kulot, wide pants & celana kain wanita, kondisi 85-95%.
Harga 30rb, beli 4 gratis ongkir Jawa-Bali."""),
("listing","plain_offer",1,1,1,1,"""Kemeja Flanel Bekas Impor USA (Pendleton, L.L.Bean, Eddie Bauer)
Bahan wool & katun tebal, cocok untuk naik gunung
Ukuran L-XXL, harga 85rb-160rb
Kondisi second, foto asli tanpa filter
Kirim dari Malang, packing bubble wrap"""),
("message","bale_grade_wholesale",1,1,1,1,"""Info harga karungan minggu ini (Parepare):
- Cakar kemeja pria 1 karung 2,2jt
- Cakar baju anak 1 karung 1,8jt
- Cakar celana jeans 1 karung 3jt
Isi rata-rata 150-200 pcs, bisa kirim ke Palu & Mamuju lewat truk.
Pesan minimal H-2."""),
("message","reseller_recruitment",1,1,1,1,"""Dicari mitra lapak awul-awul di Solo Raya 🙌
Kami suplai barang per karung tiap 2 minggu, kamu tinggal jual di pasar atau online.
Pembayaran bisa tempo untuk mitra lama.
Minat? Hubungi Mas Agus 0822xxxx"""),
("comment","seller_comment_reply",1,1,1,1,"""+ Bang ini ballpres ya?
- Iya bang, dari bal Jepang, kemeja kerja semua.
+ Ada ukuran XXL?
- Ada 3 bang, 40rb satu. Mau saya fotoin dulu?
+ Boleh bang, sekalian fotoin kerahnya ya, takut ada noda."""),
("live","live_sale",1,1,1,1,"""🎉 LIVE SPESIAL AKHIR TAHUN 🎉
Besok jam 13.00 di Shopee Live, kita bongkar 3 koli sekaligus!
Isi: jaket musim dingin dari Eropa, sweater rajut, dan sepatu boots bekas.
Ada flash sale 10rb setiap 15 menit. Jangan sampai ketinggalan!"""),
("profile","shop_bio",1,1,1,1,"""Roma Collection 🇹🇱➡️ Atambua
Baju roma pilihan: kemeja, celana, jaket, tas
Kirim ke Kupang, Soe, Kefa
Melayani grosir per karung & eceran
Chat Om Yos 0813xxxx"""),
("post","creator_haul",1,1,1,1,"""Akhirnya nemu tempat thrift paling murah di Surabaya 😭
Namanya Bundle Mas Yudi di Pasar Gembong, satu kios penuh kemeja & celana impor.
Aku dapet kemeja Ralph Lauren second 45rb dan celana Dickies 60rb.
Save dulu buat referensi kalian!"""),
("post","code_word_regional",1,1,1,1,"""Dari dulu pasar ini dikenal sebagai pusat burjer Pontianak.
Kami masih setia berjualan di sini, stok sepatu dan tas dari karung baru datang.
Harga mulai 20 ribu, silakan pilih sendiri.
Kios Ahmad, dekat masjid pasar."""),
("post","route_port",1,1,1,1,"""Sebelum stok habis, buat reseller di Sumbar dan Jambi 🙏
Barang dari Tanjungbalai sudah masuk gudang Pekanbaru: bal kemeja, bal kaos, bal campur.
Harga tetap, kirim via bus malam.
Info lebih lanjut langsung WA ya."""),
("listing","dodge_spacing",1,1,1,1,"""Rok Jeans Panjang — s.e.c.o.n.d i.m.p.o.r
Brand Jepang (random), ukuran pinggang 68-76
Harga 40 rebu / pcs
Kondisi bagus, siap pakai
Kirim dari Bogor tiap hari"""),
("post","dodge_emoji",1,1,1,1,"""Yang nanya stok 👇
🔢 50 pcs
🧥 outer & blazer
🏷️ 35k flat
🇯🇵 asal
♻️ bukan baru ya
📍 Jaksel, bisa kurir instan
semua udah di-laundry, tinggal pilih nomor di album dan DM aja"""),
("post","dodge_english_abbrev",1,1,1,1,"""Vintage sportswear drop 🔥
Nike, Adidas, Umbro tracktops — all 2nd hand, straight from a US bale.
Sizes M to XL, 90k-180k.
We restock every Saturday, DM or WA 0812xxxx to reserve."""),
("post","dodge_hashtag",1,1,1,1,"""Tag temen kamu yang suka pakai kemeja motif 👇
Ready 40 pcs kemeja motif, semua 35rb.
Pengiriman ke seluruh Indonesia.
#kemejabekasjepang #bajukarungan #thriftimportindonesia"""),
("comment","seller_comment_reply",1,1,1,1,"""Kak Vina: ini asli dari Korea?
Mbak Dewi (seller): asli kak, bekas pakai orang Korea, kami ambil dari bal. Makanya ada yang tulisan hangul di labelnya 😄
Kak Vina: oke, aku ambil yang pink ya
Mbak Dewi: siap, tak kirim invoice"""),
("listing","market_of_trade",1,1,1,1,"""Jaket Parasut Outdoor Second — stok Pasar Tungging
Brand campur: Mammut, Jack Wolfskin, Columbia.
Size M-XL, harga 110rb-190rb.
Sudah dicuci, ada beberapa yang ada noda kecil.
COD area Depok & Jaksel."""),
("message","bale_grade_wholesale",1,1,1,1,"""Broadcast grosiran 📢
Per kilo campur wanita 40rb
Per kilo jaket 70rb
Per koli sepatu 5,5jt
Barang eks Korea, sortir ulang di gudang Belawan.
Minat langsung transfer, barang dikirim 2-3 hari."""),
("post","plain_offer",1,1,1,1,"""Cuaca Bandung lagi dingin-dinginnya 🥶
Mampir ke thrift shop kami di Jl. Cihampelas, stok jaket bekas impor Korea baru masuk kemarin.
Harga mulai 50rb, kondisi bagus.
Buka jam 10 pagi sampai 9 malam."""),
# legal
("listing","hn_new_thrift_style",1,0,1,0,"""Jaket Denim 'Worn-Out' Edition — BARU
Efek pudar dan sobek dibuat di proses washing di pabrik kami, bukan barang bekas.
Ukuran S-XL, harga 210rb.
Produk lokal Jakarta, garansi jahitan 30 hari."""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved pribadi seragam kerja bank 👔
Blazer & rok hitam, 2 stel, ukuran M.
Jahit di penjahit langganan, baru dipakai 4 bulan sebelum resign.
Harga 150rb sepasang, Jakarta Pusat."""),
("post","hn_donation",0,1,1,0,"""Kami mahasiswa KKN Desa Sukamaju membuka donasi pakaian bekas layak pakai untuk warga lansia.
Terutama butuh sarung, kain panjang, dan jaket hangat.
Titik pengumpulan di sekretariat BEM hingga 20 Desember.
Terima kasih orang baik 🙏"""),
("listing","hn_charity_bazaar",1,1,1,0,"""Bazar Sekolah 'Berbagi Itu Indah' 🎒
Siswa kelas 6 menjual baju, sepatu, dan mainan bekas milik mereka sendiri.
Harga 1rb-15rb, hasil disumbangkan ke panti jompo.
Jumat, jam 09.00, aula SD Negeri 2 Kota Batu."""),
("listing","hn_nonclothing_karung",1,0,0,0,"""Gula aren cetak Banten per karung
Isi 25 kg, kering, tidak dicampur gula pasir.
Harga 27rb/kg, minimal order 2 karung.
Kirim ke luar kota via ekspedisi."""),
("listing","hn_used_electronics",1,1,0,0,"""Dijual TV LED bekas 43 inch
Sharp Aquos, pemakaian 3 tahun, gambar jernih, remote ada.
Harga 1,8jt, ambil di Medan Johor.
Alasan jual: ganti yang lebih besar."""),
("article","hn_news",0,1,1,1,"""Di tengah larangan, pasar pakaian bekas impor bergeser ke media sosial.
Penjual kini menggunakan istilah samaran seperti angka pengganti huruf dan emoji bendera untuk menghindari filter.
Peneliti mengatakan platform perlu memahami bahasa lokal pedagang agar pengawasan lebih efektif.
Beberapa marketplace mengaku telah menurunkan ribuan iklan sejak awal tahun."""),
("article","hn_news",0,1,1,1,"""Pemerintah Provinsi Kalimantan Barat mencatat masih banyak lelong yang beredar di pasar-pasar di Sanggau dan Sintang.
Barang masuk dari Malaysia melalui jalur darat di sekitar Entikong.
Pemerintah berencana memperkuat pos pemeriksaan dan memberikan pelatihan bagi pedagang."""),
("post","hn_opinion",0,1,1,1,"""Sebagai orang Makassar, cakar itu bagian dari cerita masa kecil.
Setiap lebaran, ibu ajak ke pasar buat cari baju bagus tapi murah.
Sekarang aku paham ada masalah besar di balik karung-karung itu, dan aku setuju harus ditertibkan.
Semoga baju lokal bisa semurah dan sebagus itu suatu hari."""),
("post","hn_report_complaint",0,1,1,1,"""Mohon perhatian, ada grup WhatsApp yang mengatasnamakan 'Grosir Bal Senen' minta uang pendaftaran reseller 250rb.
Setelah transfer, kami hanya dikirimi foto-foto lama.
Admin grup menghilang.
Sudah saya laporkan ke pihak bank, semoga ada yang bisa bantu."""),
("comment","hn_buyer_question",0,1,1,1,"""Maaf ikut nimbrung, di Nunukan masih ada yang jual baju bekas Malaysia nggak?
Aku mau ke sana bulan depan buat kerja, sekalian mau lihat pasarnya.
Bukan buat jualan kok, cuma penasaran."""),
("review","hn_review",0,0,1,0,"""Review: Sepatu kanvas lokal dari toko ini
Bahannya kuat, jahitan rapi, sol karet empuk.
Ukuran pas sesuai chart.
Satu-satunya kekurangan, pengiriman agak lama karena pre-order."""),
("post","hn_joke",0,1,1,1,"""Pacar: 'Kamu beli jaket ini di mana, bagus banget!'
Aku: 'Di butik premium kawasan Senen.'
Pacar: 'Butik apa?'
Aku: 'Butik karungan Blok 3.' 😎
Sejak itu dia nggak pernah nanya lagi, malah minta diajak ke sana."""),
("listing","plain_clothing_listing",1,0,1,0,"""Mukena Traveling Parasut
Ringan, tidak mudah kusut, lengkap dengan tas kecil.
Warna: lilac, hitam, army, mint.
Harga 85rb, kirim dari Tasikmalaya.
Cocok buat oleh-oleh umrah."""),
("post","hn_guideline",0,1,1,1,"""Kenali ciri iklan pakaian bekas impor:
1. Menyebut bal, koli, karung, atau grade A/B.
2. Menyebut asal negara seperti Korea, Jepang, Malaysia.
3. Menggunakan ejaan aneh atau emoji bendera.
Jika ragu, tanyakan asal barang sebelum membeli."""),
("post","hn_job_vacancy",0,1,1,0,"""Lowongan relawan sortir pakaian donasi
Yayasan kami butuh 10 relawan untuk memilah baju bekas sumbangan masyarakat sebelum disalurkan.
Waktu: Sabtu-Minggu, gudang di Ciputat.
Dapat makan siang dan sertifikat."""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Boots Kulit Import Turki — BARU
Kulit sapi asli, sol karet anti slip.
Ukuran 39-45, harga 650rb.
Barang baru lengkap dengan box, dikirim dari Jakarta.
Bukan barang bekas atau rekondisi."""),
("listing","hn_used_vehicle",1,1,0,0,"""Jual sepeda motor bekas Honda Beat 2019
Pemakaian pribadi, servis rutin di bengkel resmi.
Pajak hidup, surat lengkap, harga 11jt nego.
Lokasi Karanganyar."""),
("comment","hn_swap",0,1,1,0,"""Halo bun, ada yang mau tukeran baju bayi bekas?
Punya anakku usia 0-6 bulan, semua beli di Mothercare & toko bayi lokal.
Mau ditukar ukuran 1-2 tahun.
Area Tangerang Selatan ya."""),
("post","hn_local_upcycle",1,1,1,0,"""Bikin boneka dari kaos bekas anak-anak 🧸
Setiap boneka dijahit dari baju anak kalian sendiri, jadi penuh kenangan.
Harga 75rb per boneka, pengerjaan 1 minggu.
Kirim bajunya ke workshop kami di Klaten."""),
("post","hn_opinion",0,1,1,0,"""Menurutku jual preloved sendiri itu solusi paling masuk akal.
Baju di lemari yang udah jarang dipakai bisa dapat rumah baru, kita juga dapat uang tambahan.
Yang penting jujur soal kondisi dan jangan campur dengan barang dari bal."""),
("article","hn_news",0,1,0,1,"""Impor mesin bekas untuk industri kembali diizinkan dengan syarat tertentu.
Kementerian Perdagangan menegaskan kebijakan itu tidak berlaku bagi pakaian bekas.
Pelaku usaha diminta memperhatikan daftar barang yang boleh diimpor dalam kondisi tidak baru."""),
("review","hn_review",0,1,1,1,"""Sempat beli kemeja dari bal Jepang di Pasar Senen beberapa tahun lalu.
Kualitas kainnya memang bagus, tapi setelah dicuci ada noda kuning yang muncul.
Sekarang aku lebih pilih brand lokal, lebih tenang."""),
]
