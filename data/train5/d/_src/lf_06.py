R = [
("post","story_caption",1,1,1,1,"""today's pick from the stall 🧺✨
japanese chore jacket (2nd) – 180k
korean knit vest – 45k
US carpenter pants – 120k
all at our lapak Senen blok V, lantai 1 no. 40, open till 5pm
DM to hold, max 24 jam"""),
("post","reseller_recruit",1,1,1,1,"""Open Mitra Dropship 2nd Korea 🇰🇷
Kamu ga perlu stok, cukup posting katalog kami.
Barang seken Korea dikirim langsung dari gudang kami di Bandung atas nama tokomu.
Komisi 10–20 ribu per item, pencairan tiap Jumat.
Join grup mitra, hubungi admin 0857xxxx."""),
("message","chat_thread",1,1,1,1,"""Konsumen: Mas, sepatu Jepang 2nd sing 42 isih?
Bakul: Isih mas, Asics Gel, sole 85%.
Konsumen: Regane piro?
Bakul: 275, nek COD nang Klithikan iso 260.
Konsumen: Sesuk sore iso?
Bakul: Iso mas, aku nang lapak nganti jam 5, los 2."""),
("post","wa_broadcast",1,1,1,1,"""Wilujeng siang ibu-ibu grup Arisan Cigadung 🙏
Abdi nembe nampi kiriman kameja sareng rok sekenan ti Jepang, kualitas sae.
Badé dijual 30 rebu hiji, nu nyandak 5 dipasihan 130 rebu.
Tiasa ningali langsung di bumi, Jl. Cigadung Raya, atanapi dicandak ka pangaosan Jumaah.
Hatur nuhun."""),
("post","regional_code_word",1,1,1,1,"""Obok-obok Jepang di lapak kami, Pasar Gembong 🙌
Sepuluh ribu dapat dua, bebas pilih di tumpukan.
Yang digantung harga beda, mulai 25 ribu.
Buka setiap hari jam 8 sampai jam 4 sore.
Rombongan ibu-ibu PKK dapat potongan, telpon dulu ya."""),
("listing","marketplace_listing",1,1,1,1,"""Tas Kulit Coach Vintage Second Ori Import USA
Kondisi 8,5/10, kulit masih lentur, ada lecet pemakaian di sudut.
Serial number jelas, dijamin asli.
Ukuran 30x22x10 cm.
Dikirim dari Medan (Pajak Sambu), bisa cek video sebelum bayar."""),
("post","giveaway_promo",1,1,1,1,"""GIVEAWAY LELONG PONTIANAK 🎁
Sempena 1.000 pengikut, kami bagi 5 kasut sekon Jepang untuk 5 orang beruntung!
Syarat: ikuti akun, suke posting, tag 3 kawan.
Hadiah boleh diambik Ahad ni di Jeruju.
Semoga berkat untuk semua."""),
("post","stall_directions",1,1,1,1,"""Yang nanya lapak RB kami di Ende 🙏
Dari Pasar Mbongawani masuk lorong kedua, belok kanan sebelah penjual ikan kering.
Terpal biru, ada papan 'Nona Ina RB Jepang-Korea'.
Buka tiap hari jam 7, Minggu setelah misa.
Kaka dong mari singgah."""),
("post","testimonial_repost",1,1,1,1,"""Testimoni pembeli dari Balikpapan 🙏
'Jaketnya tebal, bersih, pas buat kerja di site.'
Terima kasih sudah belanja baju Tawau sama kami.
Stok jaket kerja seken Malaysia masih ada 15, bisa dikirim lewat kapal ke Balikpapan.
Pesan lewat inbox bah."""),
("listing","hn_new_import",1,0,1,1,"""Jaket Winter Import China – BARU 🧥
Stok grosir untuk toko, 100% baru dengan plastik dan hangtag.
Impor resmi, ada dokumen, bukan barang seken.
Harga 95 ribu/pcs minimal 20 pcs.
Gudang di Tanah Abang Blok B."""),
("listing","hn_other_goods_sack",1,0,0,1,"""Jual tepung terigu impor Australia per karung 25 kg 🌾
Untuk industri roti dan bakery.
Minimal 20 karung, harga khusus langganan.
Pengiriman area Surabaya – Sidoarjo – Gresik.
Bukan jual goni baju ya, ini terigu."""),
("post","hn_own_preloved",1,1,1,0,"""Preloved hijab & gamis pribadi 🌸
Semua beli di butik Bandung dan Tanah Abang, bukan barang sekenan impor.
– gamis hitam 120rb
– khimar syari 65rb
– outer rajut 70rb
Kondisi 9/10, sudah dilaundry. COD Antapani."""),
("post","hn_buyer_diary",0,1,1,1,"""Akhirnya nyobain Pasar Gembong yang sering diomongin 😆
Jalan masuknya sempit, kanan kiri tumpukan klambi sekenan Jepang dan Korea.
Aku dapat kemeja lapangan 35 ribu dan jaket coach 60 ribu.
Tips: bawa uang pecahan kecil dan jangan pakai baju putih.
Next time mau ke Pasar Turi."""),
("post","hn_buyer_question",0,1,1,1,"""Help, ada yang tau? 🙏
Aku lagi cari coat wol seken dari Jepang atau Korea buat ke Eropa bulan depan.
Mending ke Senen atau Pasar Baru Metro Atom?
Budget sekitar 250 ribu.
Please jangan japri jualan, aku cuma mau info lokasi."""),
("article","hn_news",0,1,1,1,"""Kemendag: Penjualan Pakaian Bekas Impor Tetap Dilarang
JAKARTA – Kementerian Perdagangan menegaskan kembali larangan impor pakaian bekas sesuai Permendag 18/2021 jo. Permendag 40/2022.
Pemerintah juga meminta platform e-commerce menurunkan listing yang menawarkan pakaian bekas asal luar negeri, termasuk yang memakai istilah 'ex Japan', 'second import', atau 'bal Korea'.
Pedagang di Pasar Senen dan Gedebage diimbau beralih ke produk lokal.
Pemerintah menyiapkan program pendampingan bagi pedagang terdampak."""),
("post","hn_opinion",0,1,1,1,"""Menurut saya, istilah-istilah lokal seperti cabo, lelong, atau barang kapal bikin orang lupa bahwa itu pakaian bekas dari luar negeri.
Namanya jadi akrab, seolah-olah produk kampung sendiri.
Padahal yang menanggung dampaknya penjahit dan pabrik garmen kita.
Boleh saja suka, tapi sadari dari mana barang itu datang."""),
("post","hn_joke",0,1,1,1,"""Dialog di Pajak Melati 😂
Pembeli: 'Bang, ini jaket asli Jepang?'
Pedagang: 'Asli, kak. Orang Jepangnya aja yang udah gak mau.'
Pembeli: 'Kok bau?'
Pedagang: 'Itu bau Jepang, kak.'
Dan akhirnya tetap dibeli 🤣"""),
("post","hn_tutorial",0,1,1,1,"""Panduan singkat belanja RB untuk pemula (versi Kupang) 🧺
1. Datang pagi sebelum jam 8, barang koli baru dibuka.
2. Bawa karung atau tas besar sendiri.
3. Periksa jahitan ketiak dan kerah.
4. Tawar setengah harga, biasanya ketemu di tengah.
5. Sampai rumah, rendam air panas campur garam sebelum dicuci."""),
("post","hn_complaint_quote_ad",0,1,1,1,"""Screenshot iklan yang bikin aku rugi 😤
'Bal kaos Jepang 50 kg, isi premium, cocok buat buka lapak, free ongkir Jawa.'
Isinya ternyata kaos lusuh dan kain sobek, setengahnya ga layak jual.
Penjual cuma bilang 'risiko bal kak'.
Sudah aku laporkan ke marketplace, semoga akunnya ditutup."""),
("post","hn_memory",0,1,1,1,"""Jaman kuliah di Bandung, tiap akhir bulan uang tinggal sedikit.
Aku sama teman kos naik angkot ke Gedebage, ngubek karung jaket Korea sampai siang.
Jaket parka hijau yang aku beli 35 ribu itu menemaniku sampai wisuda.
Sekarang sudah lusuh, tapi belum tega aku buang."""),
("post","hn_former_seller",0,1,1,1,"""Dari 2016 saya jualan lelong di pasar malam Singkawang.
Barang datang dari Malaysia lewat jalan darat.
Sejak perbatasan diperketat dan ada larangan, saya berhenti.
Sekarang saya buka usaha laundry, ironisnya pelanggan banyak yang cuci baju lelong."""),
("post","hn_guideline",0,1,1,1,"""Pedoman moderasi konten (internal) – kata kunci pakaian bekas impor
Waspadai listing dengan istilah: ex Japan/Korea, second import, karung/goni/koli, grade A/B, barang kapal, lelong, cabo, RB, beje, baju Tawau, baju Batam.
Perhatikan juga penulisan tersamar seperti 'k0rea', 's e k e n', atau titik di tengah kata.
Yang perlu diturunkan adalah penawaran; berita, keluhan, dan pertanyaan pembeli tidak diturunkan."""),
("post","hn_job_vacancy",0,1,1,1,"""Dicari: Admin live streaming untuk lapak RB Jepang-Korea di Kupang 📣
Tugas: membacakan nomor barang, mencatat pesanan, rekap transfer.
Kerja malam 19.00–23.00, gaji mingguan.
Diutamakan yang lancar bicara dan sabar.
Kirim CV lewat inbox halaman ini."""),
("post","hn_parent_warning",0,1,1,1,"""Nak, Ibu baca berita soal baju awul-awul yang dibawa dari luar negeri.
Katanya ada yang bawa jamur dan kutu.
Ibu ora nglarang kowe seneng klambi lawas, tapi sing tenanan: kumbah nganggo banyu panas dhisik.
Lan ojo dijual meneh nang kanca-kancamu, mengko malah kena masalah."""),
("post","hn_swap",0,1,1,1,"""Barter yuk warga Medan 🙌
Aku punya 2 jaket kulit monza Jepang ukuran M, mau tukar sama sepatu ukuran 41.
Tidak jual ya, tukar saja.
COD di Lapangan Merdeka hari Minggu.
Yang minat komen."""),
]
