R = [
("post","wa_broadcast",1,1,1,1,"""Sugeng enjing para pelanggan 🙏
Kula badhe ngaturi priksa, mbenjang Setu wonten kiriman goni enggal saking Jepang.
Isinipun kemeja, jaket, lan rok sekenan ingkang taksih sae.
Regi wiwit 20 ewu. Kios kula wonten Pasar Klithikan Pakuncen los 2 nomer 14.
Menawi badhe dipun sisihaken, mangga kintun ukuran lumantar WA punika.
Matur nuwun."""),
("post","fb_group_post",1,1,1,1,"""Rek, sing golek jaket sekenan Korea, mrene ae nang lapakku Gembong 🙌
Sesuk Minggu tak gelar 30an jaket, ono parka, bomber, karo jaket gunung.
Rego 40–100, sing njupuk 3 oleh potongan.
Lapak ngarep tukang servis jam, terpal oranye.
Ora iso dikirim yo, kudu teko dewe ben iso nyobo."""),
("post","regional_code_word",1,1,1,1,"""Wilujeng enjing baraya 🙏
Lapak urang di Gedebage blok C nembe muka karung ti Korea.
Aya jaket, hoodie, kameja flanel, sadayana sekenan tapi masih alus.
Harga ti 25 rebu, nu meser 3 dipasihan diskon.
Sumping wae ti jam 7, tong siang teuing bisi seep."""),
("message","chat_thread",1,1,1,1,"""Buyer: kak, this barbour jacket still available?
Seller: still ada kak, ex-UK second, size M, waxnya masih oke
Buyer: ada minus ga?
Seller: ada sobek kecil di lining dalam, udah aku fotoin ya
Buyer: 400 bisa?
Seller: 450 nett kak, include ongkir Jabodetabek
Buyer: deal
Seller: siap, aku kirim link checkout ya"""),
("listing","marketplace_listing",1,1,1,1,"""Jaket Denim Levi's Type III ORI Second Ex USA – Size L
Kondisi: 9/10, no sobek, no noda, kancing lengkap.
Ukuran: LD 58, panjang 66, lengan 62.
Barang second import, bukan KW, dijamin original.
Pengiriman dari Jakarta Pusat (Senen), packing aman pakai bubble.
Tanya stok dulu sebelum checkout ya kak."""),
("post","evasive_spelling",1,1,1,1,"""r3ady st0ck k3m3ja J.P.N s3k3n 🇯🇵
h@rga mulai 2 5 r b aja
ambil langsung di l@pak S.e.n.e.n bl0k 3, atau c0d area Jakpus
yg mau list lengkap d m aja ya, ga usah komen harga di sini 🙏"""),
("post","testimonial_repost",1,1,1,1,"""Repost testimoni dari kak Dinda di Bekasi 🥰
'Kemejanya sampai, bersih, wangi, ukurannya pas, ga nyangka barang seken Jepang bisa serapi ini.'
Makasih banyak kak udah percaya sama lapak kami!
Kalau naksir kemeja serupa, stok linen Jepang tinggal 9 potong.
Cek katalog di highlight atau langsung chat admin."""),
("live","live_call",1,1,1,1,"""Oke lanjut ya guys, sekarang nomor 21 sampai 40 ✨
Ini semua jaket parasut ex Korea, kondisi mulus, harga 55 flat.
Yang udah komen nomor, jangan lupa checkout maksimal 1 jam setelah live selesai.
Kalau ga checkout, aku lempar ke waiting list.
Live berikutnya Minggu siang dari lapak Senen, kita bongkar karung Jepang!"""),
("post","hn_own_preloved",1,1,1,0,"""Decluttering lemari 🧹
Jual preloved sendiri, semuanya dibeli baru di toko lokal (Cotton Ink, Erigo, Matahari):
– kemeja linen putih 75k
– celana kulot 60k
– cardigan rajut 70k
Dipakai beberapa kali, kondisi 9/10. COD Tebet atau kirim.
No barang import ya, ini murni isi lemariku."""),
("listing","hn_sisa_ekspor",1,0,1,0,"""Kaos Polos Sisa Ekspor – Grade A
Produksi garmen Solo, gagal kirim karena beda warna tipis.
Semua BARU, masih ada label, bukan barang seken.
Harga grosir 18rb/pcs min 50 pcs, eceran 25rb.
Bisa kirim ke seluruh Indonesia."""),
("listing","hn_new_import",1,0,1,1,"""IMPORT BARU – Hoodie Korea PO Batch 5 🇰🇷
Langsung dari pabrik Dongdaemun, masih segel plastik dan bertag.
Bukan second, bukan bekas, semua brand new.
PO ditutup Jumat, estimasi tiba 3 minggu.
DP 50%, pelunasan saat barang sampai Jakarta."""),
("post","hn_buyer_diary",0,1,1,1,"""Dino iki aku karo kanca-kanca mubeng Sekaten 🎡
Sing paling rame yo lapak klambi awul-awul, wong-wong pada ngubek tumpukan.
Aku oleh kemeja Jepang rego 15 ewu karo jaket Korea 35 ewu.
Kancaku malah oleh sepatu Converse seken 50 ewu.
Mulih-mulih tangan ireng kabeh, tapi seneng."""),
("post","hn_buyer_question",0,1,1,1,"""Punten baraya, badé naros 🙏
Abdi hoyong milari jas sekenan ti Jepang kanggo kawinan raka.
Di Bandung nu saé palih mana, Gedebage atanapi Pasar Baru?
Budget sakitar 300 rebu.
Hatur nuhun kana infona, tong japri jualan nya, abdi hoyong ningali langsung."""),
("post","hn_opinion",0,1,1,1,"""Jujur aja ya, gue dulu bangga banget 'thrifting' di Senen.
Tapi setelah baca data soal berapa ribu ton pakaian bekas yang masuk tiap tahun, gue mikir ulang.
Itu bukan recycle, itu limbah negara lain yang dijual ke kita.
Sekarang gue lebih milih beli preloved dari temen atau brand lokal.
Tiap orang bebas milih, gue cuma sharing perspektif."""),
("post","hn_joke",0,1,1,1,"""Starter pack anak Gedebage 😂
✅ Masker (debu karung Korea)
✅ Kantong kresek sendiri
✅ Uang pas, jangan bawa 100 ribuan
✅ Kesabaran ngubek 3 jam
✅ Jawaban 'ini beli di mall kok' kalau ditanya camer"""),
("article","hn_news",0,1,1,1,"""Satpol PP Yogyakarta Tertibkan Lapak Pakaian Bekas Impor
YOGYAKARTA – Sejumlah lapak yang menjual pakaian bekas asal Jepang dan Korea di kawasan Pasar Klithikan ditertibkan petugas gabungan, Selasa.
Petugas mendata pedagang dan meminta mereka tidak lagi menjual barang dari goni impor.
Beberapa pedagang mengaku tidak tahu aturan larangan tersebut.
Dinas Perdagangan menyatakan akan memberikan pendampingan bagi pedagang yang beralih ke produk lokal."""),
("post","hn_tutorial",0,1,1,1,"""Tips berburu jaket seken Jepang di Gedebage biar ga zonk 🧥
1. Datang pagi, waktu karung Korea/Jepang baru dibuka.
2. Cek resleting dan kancing, barang goni sering rusak di bagian itu.
3. Lihat label laundry Jepang – biasanya tandanya barang asli impor.
4. Tawar 30% dulu, jangan langsung iya.
5. Cuci pakai air panas sebelum dipakai."""),
("post","hn_complaint_quote_ad",0,1,1,1,"""Review jujur buat pembelajaran 😞
Seller di Shopee nulis: 'Kemeja Jepang second premium, kondisi 95%, no cacat'.
Datang kemejanya kuning di kerah, ada bolong rokok di lengan.
Komplain malah diblok.
Aku udah lapor ke CS marketplace dan kasih bintang 1. Hati-hati ya."""),
("post","hn_memory",0,1,1,1,"""Mbiyen, jaman aku SMP, bapak saben gajian ngajak aku menyang Pasar Comboran.
Bapak milih kemeja sekenan Jepang, aku milih kaos bal-balan.
Regane murah, bapak mesti nawar nganti penjual ngguyu.
Saiki bapak wis ora ana, kemeja Jepang abu-abu kae isih tak simpen."""),
("post","hn_research_note",0,1,1,1,"""Ringkasan observasi di Pasar Senen, Blok III:
– Hampir semua kios menyebut asal barang Jepang atau Korea.
– Pedagang membeli per 'bal' dari pemasok di Bandung; ada istilah 'balan pendek' untuk karung isi sedikit.
– Pembeli dominan mahasiswa dan pekerja muda, ramai akhir pekan.
– Istilah 'thrift' dipakai pembeli, pedagang lebih sering bilang 'barang seken'.
Catatan untuk bab 3."""),
("post","hn_former_seller",0,1,1,1,"""Aku pernah jualan kemeja seken Jepang online dari 2020.
Modal awal satu karung dari Senen, laku keras waktu pandemi.
Tahun 2023 akunku kena takedown massal, semua listing hilang.
Sejak itu aku banting setir jadi reseller batik Pekalongan.
Ga nyesel, cuma kadang kangen serunya bongkar karung."""),
("post","hn_hypothetical",0,1,1,1,"""Pertanyaan buat yang ngerti hukum 🙋
Misal aku beli 2 jaket seken di Jepang pas liburan, terus di Indonesia aku jual lagi karena kekecilan.
Itu dianggap jual pakaian bekas impor juga ga?
Belum aku jual kok, masih di lemari.
Cuma pengen tau batasannya biar aman."""),
("post","hn_guideline",0,1,1,1,"""PANDUAN KOMUNITAS – GRUP JUAL BELI WARGA SLEMAN
Dilarang memposting penawaran:
• pakaian bekas impor (thrift impor, awul-awul, barang goni, ex-Jepang/Korea)
• penjualan per karung atau per bal
• ajakan reseller barang bekas luar negeri
Preloved pribadi (barang beli sendiri di Indonesia) tetap boleh.
Pelanggaran: posting dihapus, ulang 2x dikeluarkan."""),
("post","hn_swap",0,1,1,1,"""Swap day komunitas sepeda kita Minggu ini 🚲
Bawa jaket seken Jepang atau jersey Korea yang udah ga kepake, tukeran sama anggota lain.
Tidak ada jual beli, murni tukar.
Tempat: taman kota jam 7 pagi.
Sampai ketemu!"""),
("post","hn_travel_food",0,1,1,1,"""Weekend di Bandung ala mahasiswa 😄
Pagi sarapan kupat tahu, terus meluncur ke Gedebage buat ngubek jaket seken Korea.
Dapet 2 biji, 90 ribu total.
Siang makan batagor, sorenya nongkrong di Braga.
Murah meriah tapi puas."""),
]
