# Legal records, batch C: other goods in news voice, new clothing, legal offers, reviews, live, messages (hand-written)
# (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_other_goods_trains", 0, 1, 0, 1, """KRL Bekas dari Jepang Tiba di Tanjung Priok
Sebanyak 12 rangkaian kereta rel listrik bekas asal Jepang tiba di Pelabuhan Tanjung Priok, Senin. Rangkaian tersebut akan diperiksa dan dimodifikasi sebelum dioperasikan di Jabodetabek.
Operator menyebut kereta bekas itu masih layak pakai hingga 15 tahun ke depan.
Impor kereta bekas ini sempat menuai perdebatan karena industri kereta dalam negeri dinilai mampu memproduksi unit baru."""),

("article", "hn_other_goods_cars", 0, 1, 0, 1, """Wacana Impor Mobil Bekas Kembali Mencuat
Asosiasi importir kendaraan mengusulkan agar pemerintah membuka keran impor mobil bekas dari Jepang dan Singapura, khususnya untuk kendaraan berusia di bawah lima tahun.
Gaikindo menolak usulan tersebut. "Mobil bekas impor akan mengganggu pasar otomotif yang sudah menyerap ratusan ribu tenaga kerja," kata perwakilannya.
Kementerian Perdagangan menyatakan belum ada rencana mengubah aturan."""),

("article", "hn_other_goods_machines", 0, 1, 0, 1, """Pengusaha Konveksi Minta Kemudahan Impor Mesin Jahit Bekas
Himpunan pengusaha konveksi di Jawa Tengah meminta pemerintah mempermudah izin impor mesin jahit dan mesin bordir bekas dari Jepang dan Taiwan.
Menurut mereka, mesin baru terlalu mahal bagi usaha kecil. Impor barang modal bukan baru saat ini memerlukan persetujuan impor dan hasil verifikasi surveyor.
Kementerian Perindustrian berjanji mengkaji usulan itu."""),

("article", "hn_other_goods_scrap", 0, 1, 0, 1, """Kontainer Scrap Besi Bercampur Sampah Dikembalikan ke Negara Asal
Bea Cukai Tanjung Perak mereekspor 14 kontainer besi bekas asal Australia dan Belanda yang kedapatan bercampur sampah plastik dan limbah B3.
Importir mengaku tidak mengetahui muatan campuran tersebut.
Pemerintah menegaskan impor scrap hanya diperbolehkan jika bersih dan sesuai ketentuan."""),

("article", "hn_other_goods_rice", 0, 0, 0, 1, """Bulog Terima 50 Ribu Ton Beras Impor dari Vietnam dan Thailand
Perum Bulog menerima kiriman beras impor sebanyak 50 ribu ton yang dibongkar di Pelabuhan Belawan dan Tanjung Priok.
Beras itu akan digunakan untuk program stabilisasi harga dan bantuan pangan.
Petani di Deli Serdang meminta agar beras impor tidak disalurkan saat panen raya."""),

("listing", "hn_used_phones_import", 1, 1, 0, 1, """iPhone 13 128GB ex-Jepang, second mulus, battery health 87%
Fullset kotak + kabel, IMEI sudah terdaftar resmi Kemenperin ✅
Harga Rp 6.750.000, bisa COD area Medan.
Garansi toko 1 bulan. Chat WA 0812xxxx (Counter Sinar Ponsel, Jl. Thamrin)."""),

("article", "hn_garment_layoffs", 0, 0, 1, 0, """Pabrik Garmen di Subang PHK 1.200 Pekerja
Sebuah pabrik garmen berorientasi ekspor di Subang, Jawa Barat, memutus hubungan kerja 1.200 pekerja akibat turunnya pesanan dari pembeli di Amerika Serikat dan Eropa.
Serikat pekerja meminta pemerintah memastikan pesangon dibayar penuh.
Asosiasi pertekstilan menyebut penurunan pesanan dan banjir produk murah membuat industri tertekan."""),

("article", "hn_garment_exports", 0, 0, 1, 0, """Ekspor Pakaian Jadi Jawa Tengah Naik 9 Persen
Badan Pusat Statistik Jawa Tengah mencatat nilai ekspor pakaian jadi dari provinsi itu naik 9 persen pada triwulan kedua. Negara tujuan utama adalah Amerika Serikat, Jepang dan Jerman.
Produk unggulan meliputi jaket, celana panjang dan pakaian olahraga yang diproduksi di Semarang, Boyolali dan Sukoharjo.
Kenaikan ditopang relokasi pabrik dari Jawa Barat."""),

("listing", "hn_sisa_ekspor_outlet", 1, 0, 1, 0, """FACTORY OUTLET GRAND OPENING – Jl. Riau, Bandung
Kemeja, jaket & celana SISA EKSPOR, baru dengan label, produksi pabrik garmen Majalaya & Cimahi.
Diskon 40% khusus minggu pertama, jaket mulai Rp 129rb.
Bukan barang bekas, bukan barang impor, 100% produk dalam negeri 🇮🇩
Buka 09.00–21.00, info 0813xxxx."""),

("article", "hn_new_clothes_import_legal", 0, 0, 1, 1, """Impor Pakaian Jadi Baru dari Tiongkok Melonjak
Data perdagangan menunjukkan impor pakaian jadi baru dari Tiongkok naik 18 persen dibanding tahun lalu. Sebagian besar masuk melalui importir terdaftar dengan dokumen lengkap.
Asosiasi pengusaha tekstil meminta pemerintah menerapkan bea masuk tindakan pengamanan untuk melindungi produk lokal.
Pemerintah menyatakan masih mengkaji usulan tersebut."""),

("message", "hn_school_bazaar", 1, 1, 1, 0, """Assalamualaikum Bapak/Ibu wali murid kelas 1–6 🙏
Sabtu ini OSIS dan komite sekolah mengadakan BAZAR PRELOVED di halaman SD Tunas Harapan. Yang dijual: seragam, sepatu, tas dan baju anak bekas layak pakai hasil donasi orang tua murid.
Harga Rp 5.000–Rp 25.000, seluruh hasil untuk renovasi perpustakaan.
Donasi barang masih bisa dititip ke ruang TU sampai Kamis. Terima kasih 🤍"""),

("article", "hn_charity_bazaar_report", 0, 1, 1, 0, """Bazar Baju Layak Pakai di Masjid Raya Kumpulkan Rp 18 Juta
MALANG — Bazar pakaian bekas layak pakai yang digelar remaja masjid selama dua hari berhasil mengumpulkan Rp 18 juta untuk korban banjir.
Seluruh pakaian berasal dari sumbangan jamaah dan warga sekitar, dijual mulai Rp 3 ribu.
"Kami pastikan tidak ada barang dari bal impor, semuanya donasi warga," kata ketua panitia."""),

("listing", "hn_own_wardrobe_preloved", 1, 1, 1, 0, """Declutter lemari sendiri ya, bukan barang bal 🙏
• Blazer Zara size S, dipakai 3x, Rp 180rb
• Dress batik Danar Hadi, beli di Solo, Rp 150rb
• Sneakers Compass 39, lecet dikit, Rp 250rb
Semua dicuci & disetrika. Ambil di Tebet atau kirim. DM aja."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """KOLEKSI BARU: "Pasar Loak" Series 🧥
Jaket corduroy & kemeja flanel dengan potongan vintage ala 90-an, tapi 100% BARU, dijahit di workshop kami di Yogyakarta.
Thrift look tanpa harus bongkar tumpukan 😉 Tersedia S–XXL, Rp 289rb.
Shop di website atau Instagram @lumbung.sandang
#localbrand #vintagestyle #bukanbekas"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Posko Peduli Banjir Demak membuka donasi pakaian layak pakai 🙏
Dibutuhkan terutama: baju anak, sarung, mukena, pakaian dalam BARU, selimut.
Mohon pakaian bekas dalam keadaan bersih dan dilipat rapi.
Titik kumpul: Balai Desa Karanganyar, setiap hari 08.00–17.00. Narahubung Mas Fikri 0857xxxx."""),

("post", "hn_swap_event", 0, 1, 1, 0, """Clothing Swap Day vol. 4 – Taman Menteng 🌿
Bawa maksimal 5 pakaian bekas layak pakai dari lemari sendiri, tukar dengan punya orang lain. Tanpa uang, tanpa jual beli.
Pakaian yang tersisa akan didonasikan ke panti asuhan.
Yuk kurangi limbah fesyen mulai dari lemari kita! #swapdontshop"""),

("post", "hn_job_vacancy", 0, 0, 1, 0, """LOWONGAN KERJA – PT Sandang Nusantara (Garmen), Kab. Semarang
Dibutuhkan: operator jahit (50 orang), QC (5 orang), admin gudang (2 orang).
Syarat: wanita/pria 18–35 tahun, pengalaman jahit diutamakan.
Kirim lamaran ke HRD via email, tidak dipungut biaya apa pun."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """⭐⭐⭐ Pengalaman pertama thrifting di Pasar Senen
Barangnya banyak banget, jaket-jaket dari Jepang dan Korea, tapi harus sabar ngubek. Harga ya lumayan, rata-rata 40–80 ribu.
Minusnya panas, sempit, dan beberapa baju bau apek, wajib dicuci dua kali.
Overall worth it buat yang suka berburu, tapi aku pribadi mungkin nggak balik lagi."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong, kakak-kakak. Aku baca berita katanya bal impor udah nggak boleh masuk.
Terus kalau beli jaket bekas di Gedebage sekarang, itu termasuk melanggar hukum juga nggak ya buat pembelinya?
Soalnya temenku bilang yang kena cuma importirnya. Bingung 🙏"""),

("review", "hn_complaint_seller", 0, 1, 1, 1, """Hati-hati sama akun yang iklannya "BAL KOREA GRADE A 100% MULUS, 250 pcs".
Aku udah transfer Rp 4 juta, yang datang karung isi baju robek, noda, dan jumlahnya nggak sampai 150.
Waktu komplain, nomornya langsung blokir. Udah lapor ke polisi siber.
Semoga nggak ada korban lain."""),

("post", "hn_tutorial_washing", 0, 1, 1, 1, """Cara aman mencuci baju hasil thrifting dari pasar (Senen, Gedebage, dll):
1. Rendam air panas 60°C + deterjen 30 menit.
2. Tambahkan cuka putih untuk menghilangkan bau apek.
3. Jemur di bawah matahari langsung.
4. Setrika suhu tinggi.
Baju dari bal impor sering disimpan lama di gudang lembap, jadi jangan langsung dipakai ya!"""),

("post", "hn_meme_joke", 0, 1, 1, 1, """Aku: beli jaket bekas impor Rp 50rb di Senen, bangga banget
Jaket: ada nama "Tanaka Hiroshi" dijahit di dalemnya + tiket kereta Osaka di kantong 💀
Sekarang aku merasa hidup dua kehidupan.
#thriftingproblems"""),

("listing", "hn_majun_wipers", 1, 1, 0, 0, """Jual MAJUN / kain lap industri, potongan kaos katun bekas, sudah dipotong-potong & bersih.
Cocok untuk bengkel, percetakan, pabrik. Harga Rp 9.000/kg, minimal order 50 kg.
Gudang di Karawang, bahan dari limbah konveksi & pengepul lokal.
Hubungi Pak Darto 0821xxxx."""),

("article", "hn_other_goods_sacks", 0, 1, 0, 1, """Bea Cukai Sita 40 Ton Karung Plastik Bekas Asal Tiongkok
Petugas menemukan puluhan ton karung plastik bekas dalam dua kontainer yang diberitahukan sebagai bahan baku daur ulang.
Karung bekas termasuk barang yang dilarang impor sebagaimana diatur dalam Permendag 18/2021.
Barang akan direekspor ke negara asal."""),

("article", "hn_other_goods_tires", 0, 1, 0, 1, """Penyelundupan 2.000 Ban Bekas dari Malaysia Digagalkan
Tim gabungan Bea Cukai dan TNI AL menggagalkan penyelundupan 2.000 ban mobil bekas asal Malaysia di perairan Bengkalis.
Ban-ban tersebut rencananya akan dipasarkan di Pekanbaru sebagai ban vulkanisir.
Nakhoda kapal telah diamankan."""),

("live", "hn_tv_live_report", 0, 1, 1, 1, """[LIVE 19.02] Kami sekarang berada di pintu masuk Pasar Gedebage, pemirsa.
Sore ini petugas gabungan Kemendag dan kepolisian mendatangi sejumlah gudang di belakang pasar. Dari pantauan kami, setidaknya puluhan bal pakaian bekas impor sudah dikeluarkan dan didata.
Para pedagang berkerumun, sebagian tampak emosional.
Kami akan terus memantau perkembangan di lokasi. Kembali ke studio."""),

("profile", "hn_journalist_profile", 0, 1, 1, 1, """Jurnalis ekonomi @ harian nasional 📰
Meliput perdagangan, pelabuhan & penyelundupan. Seri liputan: "Jejak Bal dari Port Klang ke Pasar Senen" (2024).
Opini pribadi. Tip & data untuk liputan via email redaksi.
Tidak menerima titipan promosi lapak."""),

("profile", "hn_research_collective_profile", 0, 1, 1, 1, """Kolektif Riset Sandang Rakyat
Meneliti pasar pakaian bekas impor: awul-awul, cakar, monza, lelong.
Arsip foto, wawancara pedagang, dan peta jalur bal dari pelabuhan ke pasar.
Bukan toko. Kami tidak menjual apa pun."""),

("message", "hn_market_association_broadcast", 0, 1, 1, 1, """[Info Paguyuban Pedagang Blok III]
Bapak/Ibu anggota, besok Selasa jam 10.00 ada sosialisasi dari Kemendag soal larangan pakaian bekas impor di aula lantai 1.
Mohon hadir perwakilan tiap kios, bawa KTP. Akan dibahas juga nasib stok bal yang masih ada dan program alih usaha.
Jangan percaya hoaks soal razia malam ini. Terima kasih. — Pengurus"""),

("listing", "hn_upcycle_local", 1, 1, 1, 0, """Tote bag & bucket hat UPCYCLE dari jeans bekas donasi warga Bantul ♻️
Dijahit ibu-ibu kelompok PKK, setiap produk unik, satu-satunya.
Tote Rp 85rb, bucket hat Rp 65rb. Bahan dari lemari warga, bukan dari karung impor.
Pesan via DM atau datang ke pameran UMKM di Balai Desa tiap Minggu."""),

("article", "hn_vintage_new_trend", 0, 0, 1, 0, """Tren Busana Retro Dorong Penjualan Brand Lokal
Sejumlah merek lokal di Bandung dan Jakarta melaporkan lonjakan penjualan koleksi bergaya retro, seperti jaket varsity dan kemeja bermotif 80-an.
Menurut pendiri salah satu merek, konsumen muda mencari tampilan "thrift" tetapi dengan ukuran lengkap dan kondisi baru.
Produksi dilakukan di konveksi sekitar Bandung."""),
]
