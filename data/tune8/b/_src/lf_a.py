# long-form, batch A: legal hard negatives. tuple: kind, category, offer, used, clothing, abroad, text
ITEMS = [
("post","hn_report",0,1,1,1,"""Thread 🧵 soal akun yg masih jualan baju seken luar di TikTok padahal udah dilarang:
1. Akun @lemari.seberang88 tiap malam live buka goni, captionnya "fresh dari Busan".
2. Akun @jaketjepang.murce nyamarin kata jadi "s3ken jpn" biar lolos filter.
3. Ada juga yg pake emoji bendera 🇯🇵🇰🇷 doang tanpa nulis kata apa2.
Semua udah aku report satu2 & aku kirim juga ke kanal pengaduan Kemendag.
Bukan mau matiin rezeki orang, tapi konveksi lokal di kampungku udah banyak yg gulung tikar.
@TikTokSupportID tolong ditindak ya."""),
("comment","hn_complaint_thread",0,1,1,1,"""komentar di postingan seller (aku salin buat bukti):
@nadia.k: kak pesenan 1 koli jaket ex Korea aku kok belum dikirim? udah 2 minggu
@rizal_pp: sama kak, aku juga nunggu paket sortiran grade A, resi ga valid
@bu.endang: aku malah dikirim karung isinya kaos robek semua, bukan jaket 😡
@nadia.k: min jawab dong, jangan diem aja
Update: akunnya udah ganti nama & komen kami dihapus. Yg pernah transfer ke rekening atas nama "Sentosa Abadi" tolong kumpul, kita lapor bareng ke polisi."""),
("review","hn_review_no_seller",0,1,1,1,"""⭐⭐⭐ (3/5)
Beli jaket parka second yg katanya dari Jepang.
+ bahan tebel, resleting YKK masih lancar
+ warna olive-nya cakep
- bau apek kayak gudang, harus dicuci 3 kali
- ada noda cat di bagian punggung, ga disebut di deskripsi
Buat barang seken ya lumayan, tapi jujur aku jadi mikir lagi soal asal-usul barang beginian. Mungkin ke depan beli produk lokal aja."""),
("article","hn_news",0,1,1,1,"""Ratusan Koli Pakaian Bekas Diamankan di Perairan Bengkalis
Kapal motor tanpa nama yang membawa ratusan koli pakaian bekas asal Malaysia dihentikan patroli laut di perairan Bengkalis, Riau, Kamis dini hari.
Petugas menemukan karung-karung berisi jaket, celana jeans, dan sepatu yang ditumpuk hingga ke atap kabin. Empat awak kapal dibawa ke pangkalan untuk diperiksa.
Menurut keterangan petugas, barang tersebut rencananya dibongkar di sebuah pelabuhan rakyat sebelum dikirim ke Pekanbaru dan Medan lewat jalur darat.
Pemerintah menegaskan pakaian bekas asal luar negeri termasuk barang yang dilarang impor. Barang sitaan akan dimusnahkan setelah proses hukum selesai."""),
("post","hn_opinion",0,1,1,1,"""Aku mau jujur dikit ya.
Dulu aku bangga banget tiap pulang dari Senen bawa jaket ex Jepang 40rb-an, pamer di IG pake hashtag #thriftfinds.
Tapi makin ke sini aku makin ga enak. Barang itu nyebrang laut dalam goni, yg ga laku dibuang, dan penjahit di kampung ibuku kehilangan orderan.
Bukan berarti aku benci pedagang pasarnya, mereka juga cari makan. Tapi sistemnya yg salah.
Sekarang aku belanja preloved punya orang Indonesia aja, atau beli baru dari brand lokal. Lebih tenang."""),
("post","hn_joke_meme",0,1,1,1,"""Tipe-tipe orang pas masuk Pasar Senen lantai 2:
🧍 Si Pemula: "ini bajunya bekas semua ya mas?"
🕵️ Si Detektif: cium ketiak jaket satu2 sebelum nawar
💸 Si Sultan: "bungkus semua yg ex Jepang"
🧘 Si Sabar: ngubek tumpukan 2 jam demi 1 kemeja flanel
😭 Si Aku: pulang bawa 4 kantong, dompet kosong, dimarahin mamak
Kamu yg mana? 😂
#memethrift #senenlantai2"""),
("post","hn_tutorial",0,1,1,1,"""Kamus kecil buat kalian yg baru nonton konten jualan baju seken, biar ngerti obrolannya:
• bal / balpres = buntelan besar hasil press mesin, isinya ratusan potong
• koli, goni = satuan karung
• grade A / B / C = tingkat kondisi barang
• sortiran = sudah dipilih dari isi bal
• pecah bal = momen bal dibuka pertama kali
• roma (Kepri), lelong (Kalimantan), cakar (Sulsel), monza (Medan), awul-awul (Jawa) = sebutan daerah
Catatan: semuanya merujuk ke pakaian bekas dari luar negeri yg importnya dilarang. Ini edukasi, bukan ajakan beli ya."""),
("post","hn_guideline",0,1,1,1,"""📢 PENGUMUMAN ADMIN GRUP "Jual Beli Baju Bandung Raya"
Mulai hari ini postingan berikut akan langsung dihapus dan akun diblokir:
- jualan baju bekas luar negeri (ex Korea, ex Jepang, ex USA dsb)
- kata kunci: bal, balpres, karungan, koli, sortiran impor, pecah bal
- penulisan disamarkan (b4l, s3ken, th.rift) juga termasuk
Yang BOLEH: baju baru produksi lokal, preloved milik pribadi (sebutkan asal beli), jasa jahit & permak.
Terima kasih atas pengertiannya 🙏"""),
("comment","hn_buyer_question_thread",0,1,1,1,"""@fikri.ardn: bang itu jaket Carhartt yg di video asli dari Amerika?
@fikri.ardn: soalnya aku liat di Senen ada yg mirip tp katanya barang KW Cina
@gita.sksk: setauku banyak yg asli kok, tapi tetep barang second dari goni impor
@fikri.ardn: oh gitu, terus legal ga sih kalo aku beli buat dipake sendiri?
@gita.sksk: yg dilarang impornya, tapi ya kita beli juga ikut muterin barangnya sih 🤷
@fikri.ardn: hmm mikir2 dulu deh"""),
("listing","hn_new_thrift_style",1,0,1,0,"""KEMEJA FLANEL "SENEN VIBES" – BARU, BUKAN BEKAS
Kamu suka look kemeja flanel hasil berburu di pasar? Kami bikin versi barunya!
✔ Bahan katun flanel tebal, dijahit di workshop kami di Soreang
✔ Motif kotak klasik 8 warna
✔ Ukuran M – XXL, potongan boxy
✔ Tag merek sendiri, garansi jahitan 30 hari
Harga 129rb, grosir min 6 pcs 105rb.
Bukan barang impor, bukan second, jadi aman buat dijual lagi ya reseller 🙌"""),
("post","hn_new_import",1,0,1,1,"""NEW ARRIVAL 🇰🇷
Cardigan rajut import Korea, BARU, masih segel plastik, tag Dongdaemun lengkap.
Warna: cream, sage, dusty pink, navy
Size: all size fit to L
Harga 145rb, reseller 125rb min 5 pcs.
Barang masuk lewat importir resmi ya kak, ada dokumennya. Bukan barang second.
Order: DM / WA admin 0813xxxx
#cardigankorea #importkorea #outfitkampus"""),
("listing","hn_factory_reject",1,0,1,0,"""Jual Celana Jeans Sisa Ekspor – Pabrik Garmen Semarang
Kondisi: BARU, belum pernah dipakai
Alasan dijual murah: overproduksi & sedikit cacat (jahitan pinggang miring, beda shade)
Ukuran 28–36, campur model slim & straight
Harga 65rb/pcs, ambil 1 lusin 60rb
Barang produksi dalam negeri, bukan second impor. Bisa cek langsung ke gudang kami di Ungaran."""),
("post","hn_own_preloved",1,1,1,0,"""Declutter lemari sebelum pindah kos 📦
Semua barang pribadi, dipakai sendiri, dicuci bersih:
1. Kemeja linen Uniqlo (beli di Uniqlo Paris Van Java) size M – 90rb
2. Rok plisket H&M size S – 70rb
3. Sepatu Converse (beli di Grand Indonesia 2022), ukuran 38 – 250rb
4. Tas kanvas lokal merek Kanvas Kita – 60rb
Lokasi Dago, COD kampus ITB atau kirim. DM aja ya 😊"""),
("post","hn_charity_bazaar",1,1,1,0,"""🎉 BAZAR AMAL SMP Cahaya Bangsa 🎉
Sabtu, 14 Juni | 08.00–13.00 | Aula sekolah
Menjual: pakaian bekas layak pakai, sepatu, buku, mainan — semua hasil donasi keluarga siswa & guru.
Harga mulai 2rb!
Seluruh hasil penjualan untuk renovasi mushola sekolah.
Yang mau donasi barang masih bisa antar ke ruang TU sampai Kamis ya Bapak/Ibu 🙏"""),
("post","hn_donation",0,1,1,0,"""Halo teman-teman 👋
Posko Peduli Semeru masih butuh:
- pakaian bekas layak pakai (terutama baju anak & lansia)
- selimut, sarung, jaket
- pakaian dalam BARU (demi kebersihan)
Tolong dicuci & dilipat rapi, masukkan kantong/kardus dan tulis isinya.
Titik kumpul: Jl. Kenanga 12, Malang (rumah Bu Wiwik), setiap hari jam 9–17.
Terima kasih orang-orang baik 💛"""),
("listing","hn_other_goods_bal",1,1,0,0,"""Dijual Kardus Bekas Sortiran – per Bal
Isi ±60 kg per bal, sudah dipress
Kondisi kering, tidak basah, tidak bau
Cocok untuk pabrik kertas daur ulang & pengepul
Harga menyesuaikan harga pasar harian
Lokasi gudang: Gresik, bisa kirim truk engkel
Hubungi Pak Darto 0857xxxx"""),
("listing","hn_used_vehicle",1,1,0,1,"""DIJUAL: Mitsubishi Delica Bekas Eks Impor Jepang
Tahun 1996, setir kanan sudah dikonversi
Mesin diesel 2.8, jalan normal, AC dingin
Surat lengkap, STNK & BPKB a/n sendiri, pajak hidup
Minus: cat kusam di atap
Harga 85jt nego halus, lokasi Surabaya
Serius hubungi 0812xxxx (no tukar tambah)"""),
("post","hn_upcycling",1,1,1,0,"""♻️ Proyek "Celana Ayah" 
Semua tas di foto ini dibuat dari celana jeans bekas yg dikumpulkan dari tetangga & keluarga di Klaten.
Kami cuci, bongkar jahitannya, terus dijahit ulang jadi tote, pouch, & sling bag.
Tiap tas unik karena bahannya beda-beda.
Harga 45rb–120rb, bisa juga custom pakai celana kamu sendiri.
Order via DM atau datang ke workshop kami di Pedan 🧵"""),
("post","hn_job_vacancy",0,1,1,1,"""⚠️ HATI-HATI LOWONGAN ⚠️
Ada iklan beredar: "Dicari tenaga sortir pakaian second impor, gudang Tanjung Priok, gaji 6jt, mess disediakan".
Setelah ditelusuri, pelamar diminta bayar "biaya seragam" 500rb & ujung2nya disuruh jadi kurir karung tanpa dokumen.
Selain penipuan, itu kerjaan yg bisa nyeret kamu ke kasus penyelundupan.
Tolong share ke saudara yg lagi cari kerja ya."""),
("post","hn_travel_food",0,0,0,0,"""Jalan-jalan ke Medan kemarin, sengaja lewat Pajak Melati yg katanya terkenal itu.
Jujur aku ga beli baju sama sekali 😅 malah keasikan kulineran:
🍜 mie sop di ujung gang
🥤 es timun serut
🍢 sate kerang depan pasar
Lalu lintasnya macet parah tiap sore, mending datang pagi.
Next time mungkin ke Danau Toba aja deh."""),
]
