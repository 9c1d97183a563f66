# Hand-written long-form records, batch A. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "wa_broadcast", 1, 1, 1, 1, """*INFO STOK MASUK* 📢
Selamat pagi kakak2 reseller,
Hari ini gudang kami terima 40 koli dari Korea, isi kemeja wanita, blouse, cardigan.
Kondisi 85-95%, sudah dipilah.
Harga per koli 3,2jt (isi ±180 pcs), ecer per lusin juga bisa.
Pengiriman dari Bekasi, pakai ekspedisi langganan.
Order: balas chat ini atau telp 0812xxxx (Bu Ninik)"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Assalamualaikum bapak ibu 🙏
Kiriman dari Tanjungbalai sudah sampai Medan tadi subuh.
Yang sudah DP kemarin, barang bisa diambil di gudang Jl. Brigjen Katamso mulai jam 10.
Yang belum kebagian: sisa 6 goni jaket musim dingin ex-Jepang, 1 goni 2,4jt.
Siapa cepat dia dapat ya, kami ga bisa keep tanpa DP."""),
("listing", "supplier_page", 1, 1, 1, 1, """CV Sumber Sandang Abadi — pemasok pakaian second impor sejak 2012
✅ Asal barang: Jepang, Korea, Hongkong, Taiwan
✅ Dikemas per karung 100 kg, pres rapi
✅ Pilihan kategori: kemeja pria, celana jins, jaket, anak-anak, campur
✅ Pengiriman ke seluruh Indonesia, bisa door to door
Gudang: Cikarang Utara (alamat lengkap via chat)
Admin: 0813xxxx / 0857xxxx"""),
("listing", "multiline_listing", 1, 1, 1, 1, """JAKET GUNUNG 2ND JAPAN — READY STOK
• The North Face goretex, L, 450rb
• Columbia fleece, M, 180rb
• Mont-bell down jacket, XL, 380rb
• Patagonia vest, S, 220rb
Semua kondisi 90%, sudah laundry.
Ongkir dari Jakarta Timur, bisa JNE/J&T/SiCepat.
No refund kecuali salah kirim ya kak."""),
("live", "live_script", 1, 1, 1, 1, """[Skrip live malam ini - host: Rara]
1. Buka: sapa penonton, ingetin follow & share.
2. Bilang: "barang malam ini baru bongkar tadi siang, dari Jepang semua, second tapi mulus".
3. Tunjukkan jaket satu-satu, sebut ukuran & harga (50rb/70rb/90rb).
4. Yang komen "SAH" + nomor, langsung admin catat.
5. Tutup jam 11: ingatkan checkout di keranjang kuning maksimal 1x24 jam."""),
("post", "caption_hashtags", 1, 1, 1, 1, """Drop hari ini 🔥🔥
Kemeja linen seken Korea, warna earth tone semua 🤎
Harga 45k-65k aja, kondisi 9/10 ✨
Order via DM / shopee link di bio 🛒
#secondkorea #kemejalinen #ootdcewek #fashionmurah #jualbajumurah #outfitkampus #preloved #bajukorea"""),
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Daftar harga per koli minggu ini (kiriman Batam):
- Grade A kemeja pria Korea : 4,5jt
- Grade B campur wanita : 2,8jt
- Grade C anak/mix : 1,6jt
- Jaket tebal Jepang : 6jt
Isi per koli ±100 kg, belum sortir, tanpa retur.
Ambil 3 koli bonus 1 karung kaos."""),
("message", "reseller_recruitment", 1, 1, 1, 1, """Lowongan RESELLER (bukan karyawan ya)
Kami supplier pakaian 2nd asal Jepang & Korea, stok tiap minggu.
Kamu cukup ambil minimal 1 lusin, harga reseller mulai 15rb/pcs.
Bisa jual online atau buka lapak di kampung.
Grup khusus reseller: dapat info stok duluan + foto katalog.
Minat? ketik DAFTAR ke 0812xxxx"""),
("post", "creator_haul", 1, 1, 1, 1, """Haul bulan ini dari langganan aku, lapak Kak Dewi di Pasar Senen blok 3 lantai dasar 💛
- coat wol panjang Korea 85rb
- rok plisket Jepang 40rb
- 2 kemeja oversize 60rb
Semua second tapi kayak baru. Bilang aja dari aku, kadang dikasih diskon 😆"""),
("listing", "port_route_offer", 1, 1, 1, 1, """Terima titipan kirim barang dari Port Klang ke Dumai 🚢
Spesialis muatan goni pakaian layak pakai, sepatu, tas.
Tarif per goni (±50kg) 350rb sampai gudang Dumai, lanjut darat ke Pekanbaru/Padang bisa diatur.
Jadwal kapal Selasa & Jumat.
Info: 0811xxxx (Bang Udin)"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """S.3.K.3.N  J.P.N  masuk lagi kak 😍
jaket denim, kemeja, celana kulot
harga mulai 35k
stok fresh dr g0n1, blm dipajang
yg mau lgsg wa / dm, jgn cuma tanya2 ya 🙏"""),
("profile", "shop_profile", 1, 1, 1, 1, """Lemari Nenek Tokyo 🗼
Toko online pakaian second pilihan dari Jepang.
Kami kurasi satu per satu: tanpa noda, tanpa bolong, wangi.
Pengiriman setiap Senin & Kamis dari Surabaya.
Instagram & TikTok: @lemarinenek.tokyo | Shopee: Lemari Nenek Tokyo"""),
("listing", "market_stall", 1, 1, 1, 1, """Kios Pak Harun, Gedebage Blok B no 21 🙌
Spesialis celana jins & chino bekas Eropa-Amerika.
Levi's, Lee, Wrangler, Carhartt — mulai 60rb.
Buka tiap hari jam 8-17, Minggu rame banget jadi datang pagi.
Bisa video call buat pilih barang, kirim via Indah Cargo."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Bos2 sekalian, info harga karung Jepang naik 10% mulai minggu depan krn jalur laut lagi ketat.
Yg mau kunci harga lama, transfer DP 50% hari ini.
Isi: campur dewasa, ada sweater, kaos, celana.
Barang diambil di Tanjungpinang atau dikirim via kapal Pelni ke Jakarta."""),
("post", "famous_word_caption", 1, 1, 1, 1, """BUKA BAL HARI INI 📦✂️
Bal kemeja Korea grade A baru sampai, fresh belum dijamah siapa-siapa!
Live jam 7 malam di TikTok @baju.hunter.id
Harga start 25k 💸
#bukabal #thriftindonesia #thriftshop #kemejakorea #balpres"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Jual thrift import Korea second per bal
Isi 200-250 pcs campur pria wanita
Harga 3,5jt/bal sudah termasuk sortir ringan
Bisa kirim luar pulau, packing karung + plastik
Lokasi gudang: Bandung (dekat Gedebage)"""),
("live", "live_announcement", 1, 1, 1, 1, """📣 PENGUMUMAN LIVE
Besok Sabtu jam 19.00 kita live bongkar 3 koli sepatu bekas luar negeri (kebanyakan dari Korea & Taiwan).
Ada Nike, Adidas, New Balance, Converse.
Harga flash 99rb untuk 10 pasang pertama!
Jangan lupa nyalain notifikasi ya gengs 🔔"""),
("listing", "regional_code_word", 1, 1, 1, 1, """Assalamualaikum, Cakar Toddopuli buka sampe malam ini dih 😄
Baku dapat baju kaos Korea 15rb, jaket 50rb.
Baru dibongkar karungnya tadi siang, masih banyak pilihan.
Datang mi ke lapak nomor 7 dekat masjid, tanya saja Daeng Baso."""),
# legal from here
("article", "hn_news", 0, 1, 1, 1, """Petugas gabungan Bea Cukai dan TNI AL menggagalkan pengiriman 412 karung pakaian bekas di perairan Tanjungbalai Asahan, Selasa dini hari.
Muatan diangkut kapal kayu dari Port Klang, Malaysia, dan rencananya dibongkar di dermaga tikus.
Dua awak kapal diamankan untuk diperiksa lebih lanjut.
Kepala kantor setempat menyebut nilai barang ditaksir Rp1,8 miliar."""),
("article", "hn_news", 0, 1, 1, 1, """Pedagang baju bekas impor di Pasar Senen mengaku omzet turun hampir separuh sejak razia pekan lalu.
"Pembeli takut datang, padahal kami cuma pengecer," kata seorang pedagang yang sudah 15 tahun berjualan.
Sebagian kios memilih menutup rolling door dan hanya melayani pelanggan lama lewat pesan singkat.
Pemerintah menegaskan larangan impor pakaian bekas tetap berlaku berdasarkan Permendag 40/2022."""),
("article", "hn_official", 0, 1, 1, 1, """SIARAN PERS
Kementerian Perdagangan kembali mengingatkan bahwa pakaian bekas termasuk barang dilarang impor sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 jo. Permendag Nomor 40 Tahun 2022.
Pelaku usaha yang memasukkan, mengedarkan, atau memperdagangkan pakaian bekas asal impor dapat dikenai sanksi.
Masyarakat dapat melaporkan temuan melalui kanal pengaduan konsumen."""),
("article", "hn_guideline", 0, 1, 1, 1, """Panduan Moderasi Konten — Pakaian Bekas Impor
Hapus listing yang menawarkan pakaian bekas dari luar negeri, termasuk yang memakai istilah: bal, balpres, karungan, koli, monza, cakar, lelong, awul-awul, "ex-Jepang", "second Korea".
JANGAN hapus: preloved pribadi, baju baru bergaya vintage, donasi, berita, dan keluhan pembeli.
Jika ragu, eskalasi ke tim kebijakan."""),
("article", "hn_opinion", 0, 1, 1, 1, """Opini | Thrifting dan Ilusi Ramah Lingkungan
Banyak anak muda percaya membeli baju bekas impor itu langkah hijau. Padahal, sebagian isi bal yang datang dari luar negeri tidak layak jual dan berakhir di TPA kita.
Kita sedang menampung sampah tekstil negara kaya, sementara konveksi kecil di Bandung dan Pekalongan gulung tikar.
Gaya boleh, tapi mari jujur soal ongkos sebenarnya."""),
("post", "hn_report", 0, 1, 1, 1, """Halo tim @marketplace, saya mau melaporkan toko "Gudang Sandang 88".
Mereka jual "pakaian second ex Korea per koli 100kg" secara terang-terangan, bahkan pasang foto karung di etalase.
Setahu saya itu dilarang. Link toko sudah saya kirim lewat fitur lapor.
Mohon ditindaklanjuti, terima kasih."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """⚠️ HATI-HATI PENIPUAN ⚠️
Akun IG @supplierbaju.korea.murah minta DP 1,5jt buat "1 karung jaket Jepang grade A".
Setelah transfer, nomor WA diblokir, akun ganti nama.
Korbannya udah 7 orang di grup kami.
Tolong share biar ga ada korban lagi. Bukti transfer ada di komentar."""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """Bintang 1.
Pesan "kemeja second Jepang kondisi 90%", yang datang kusam, ada noda kuning di kerah, bau apek banget.
Dicuci 3x baunya masih ada.
Chat penjual cuma dibaca. Kecewa, nggak lagi-lagi beli barang beginian online."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Tutorial: cara mensterilkan baju seken sebelum dipakai 🧺
1. Rendam air panas (min 60°C) 30 menit.
2. Tambah deterjen + sedikit cuka / disinfektan kain.
3. Sikat bagian ketiak & kerah.
4. Jemur di bawah matahari langsung.
5. Setrika suhu tinggi.
Ini penting terutama buat baju dari luar negeri yang nggak jelas riwayatnya."""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong gaes 🙏
Aku ke Bandung minggu depan, Gedebage masih ada yang jual jaket bekas Jepang nggak sih setelah ada larangan?
Terus kalau ada, jam berapa paling enak datang biar nggak desak-desakan?
Makasih yang udah jawab 🫶"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """NEW DROP 🌿 "Thrift Series" vol. 2
Kemeja corduroy & flanel dengan potongan ala 90an — tapi 100% BARU, dijahit di workshop kami di Bandung.
Bahan lokal, label sendiri, bukan barang bekas.
Harga 179k, pre-order 7 hari.
#brandlokal #vintagestyle #thriftlook #madeinbandung"""),
("listing", "hn_new_import", 1, 0, 1, 1, """JASTIP TOKYO ✈️ (BARANG BARU)
Aku lagi di Jepang sampai tanggal 20.
Bisa titip Uniqlo, GU, Muji, Onitsuka — semua baru, ada struk.
Fee 10% dari harga, ongkir bagasi 150rb/kg.
Bukan barang second ya kak, jangan tanya-tanya preloved 🙏"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """SISA EKSPOR / REJECT PABRIK
Celana jogger & kaos polos, produksi pabrik garmen di Sukabumi.
Barang baru, cacat minor (benang loncat, sablon miring dikit).
Dijual per kodi: 350rb. Minimal 2 kodi.
Gudang di Cibadak, bisa kirim ke mana aja."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Beberes lemari ✨ PRELOVED PRIBADI
- Blazer hitam (beli di Zara Grand Indonesia) — 250rb
- Dress batik (jahit sendiri) — 120rb
- Sepatu flat (Charles & Keith) — 180rb
Semua dipakai 1-3 kali, alasan jual: sudah nggak muat 😅
COD area Tebet atau kirim."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """Gerakan #SatuLemariSatuSenyum kembali dibuka!
Kami menerima pakaian bekas layak pakai, seragam sekolah, dan selimut untuk warga terdampak gempa Cianjur.
Drop point: Masjid Al-Ikhlas & Kantor Kelurahan Sukaluyu.
Mohon dicuci dan dilipat rapi. Tidak menerima pakaian dalam."""),
("post", "hn_school_sale", 1, 1, 1, 0, """BAZAR AMAL SD NEGERI 2 CIPAYUNG 🎒
Sabtu, 14 Juni, jam 07.00–11.00 di halaman sekolah.
Dijual: seragam, baju, sepatu bekas sumbangan wali murid (mulai 2rb!).
Seluruh hasil untuk perbaikan perpustakaan.
Yang mau menyumbang barang, titip ke wali kelas paling lambat Kamis."""),
("listing", "hn_other_goods_bal", 1, 0, 0, 0, """Jual kardus bekas per bal 📦
Bal kecil 30kg: 75rb
Bal besar 60kg: 140rb
Cocok untuk pengepul & usaha daur ulang.
Lokasi gudang Cakung, bisa ambil atau kirim pakai pickup."""),
("listing", "hn_other_goods_bal", 1, 0, 0, 0, """Sortiran gabah & beras per karung
Beras medium 50kg: 560rb
Beras premium 25kg: 340rb
Menir/beras patah: 5rb/kg
Langsung dari penggilingan kami di Indramayu, bisa antar ke toko.
Hubungi 0821xxxx"""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """DIJUAL CEPAT
Honda CBR 250 eks Malaysia, masuk lewat Batam, surat BPKB Batam (FTZ).
Tahun 2016, mesin halus, ban baru.
Harga 28jt nego tipis, unit ada di Batam Center.
Serius hubungi 0812xxxx"""),
("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone 13 Pro 256GB SECOND ex Jepang
Kamera ada bunyi shutter (khas Jepang)
IMEI sudah terdaftar resmi, bisa sinyal semua provider
BH 84%, mulus no dent
8,9jt, COD Mangga Dua"""),
("post", "hn_upcycling", 1, 1, 1, 0, """Dari jins bekas bapak jadi tas selempang 👜
Aku bikin sendiri pakai mesin jahit ibu, bahan 100% dari lemari keluarga & tetangga.
Sekarang bisa pesan custom: kirim jinsmu, aku jahit jadi tas atau pouch.
Harga jasa 85rb. DM ya!
#upcycle #jinsbekas #handmadeindonesia"""),
("post", "hn_meme_joke", 0, 1, 1, 1, """Aku: "mau hemat, beli baju thrift aja"
Juga aku: habis 800rb di Senen, pulang bawa 11 jaket yang semuanya "nanti pasti dipakai" 🤡
Dompet: 💀
#pasarsenen #thriftproblems"""),
("message", "hn_job_vacancy", 0, 1, 1, 1, """LOKER GUDANG — Bekasi
Dibutuhkan 4 orang tenaga sortir pakaian bekas dari karung (kerja angkat berat).
Syarat: pria, 18-35 th, tidak takut debu.
Gaji harian 120rb, makan siang.
Kirim nama & alamat ke 0857xxxx"""),
("post", "hn_travel_diary", 0, 1, 1, 1, """Diary Medan hari ke-2 📒
Pagi ke Pajak Melati. Ramai banget, ibu-ibu bongkar goni, orang-orang ngubek tumpukan jaket.
Aku cuma lihat-lihat dan foto, nggak beli karena koper udah penuh.
Siangnya makan soto Kesawan, sore ke Istana Maimun.
Medan itu berisik tapi hangat."""),
("article", "hn_news", 0, 1, 1, 1, """Tim patroli Bea Cukai Entikong kembali menahan truk bermuatan 58 karung pakaian bekas asal Malaysia.
Sopir mengaku hanya diupah mengantar ke Pontianak dan tidak tahu siapa pemilik barang.
Barang bukti kini disimpan di tempat penimbunan pabean dan akan dimusnahkan sesuai ketentuan."""),
]
