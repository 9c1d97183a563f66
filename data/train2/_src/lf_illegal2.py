# Hand-written long-form texts, label illegal_used_import (1111), batch 2.
DATA = r"""
@@ post|jastip_used_abroad|1111
OPEN JASTIP 2nd STREET & HARD OFF TOKYO 🇯🇵
Aku lagi di Tokyo sampai tanggal 15, bisa titip cariin jaket/denim/tas preloved dari toko second di sini.
Fee 15% dari harga toko, ongkir kargo ke Jakarta dihitung per kg.
Kondisi barang sesuai rank toko (A/B/C), aku fotoin dulu sebelum beli.
Slot terbatas 20 orang, DM sekarang.
@@ post|jastip_used_abroad|1111
Jasa titip Mercari Jepang & Bunjang Korea 📦
Kamu kirim link barang bekas yang kamu mau (jaket, sepatu, tas), kami belikan dan kirim ke Indonesia.
Biaya jasa 50rb/item + ongkir gabungan tiap 2 minggu.
Sudah 500+ paket sampai dengan aman.
Order via form di bio.
@@ post|jastip_used_abroad|1111
Baru pulang dari Bangkok, bawa 2 koper isi barang preloved dari Chatuchak bagian second-hand.
Kebanyakan kemeja vintage & jaket denim, harga 80-200 ribu.
Yang minat cek story ya, siapa cepat dia dapat.
Next trip bulan depan, bisa titip juga.
@@ post|buried_offer|1111
Aduh hari ini macet parah di Jalan Gatot Subroto, 2 jam baru sampai rumah.
Mana hujan pula, jemuran gak kering-kering.
Padahal ada 150 potong kemeja dari ikatan Jepang yang kemarin harus kering buat difoto.
Jadi maaf ya yang udah nunggu katalog, mundur ke Kamis.
Harga tetap sama: 35 ribu satuan, 30 ribu kalau ambil 10.
@@ post|buried_offer|1111
Mau berbagi pengalaman jadi ibu rumah tangga sekaligus pedagang kecil.
Tiap pagi masak, antar anak, terus sortir barang.
Barangku dari karungan Korea yang aku ambil di Tanah Abang Bukit, dipilih yang masih bagus.
Kebanyakan baju anak & dress ibu-ibu, 20-50 ribu.
Kalau ada ibu-ibu grup ini yang minat, boleh japri. Semangat buat kita semua!
@@ post|buried_offer|1111
Sebagai anak rantau di Jogja, aku belajar hemat dari awul-awul.
Dulu belinya, sekarang jualnya 😆 Barangku ambil per bal dari Batam, kiriman ekspedisi.
Isinya jaket, flanel, celana kulot, mostly Jepang.
Tiap Sabtu aku buka lapak di Jalan Kaliurang KM 5, harga 15-45 ribu.
Mampir ya, bawa temen biar rame.
@@ post|buried_offer|1111
Postingan ini panjang, maaf ya.
Tahun lalu usaha katering saya bangkrut karena pandemi.
Sekarang saya coba jualan pakaian bekas luar negeri yang saya beli per karung dari Surabaya.
Isinya kebanyakan kemeja kerja & celana kain dari Korea.
Harga 25-40 ribu, bisa kirim se-Jatim.
Doakan usaha baru saya lancar ya.
@@ post|buried_offer|1111
Tadi ada pembeli nanya, "mbak ini bajunya kok bau kapur barus?"
Aku jelasin itu karena barang dari bal Jepang disimpan lama di gudang sebelum sampai sini.
Udah dicuci dua kali kok, tinggal diangin-anginkan aja.
Btw yang mau stok blazer wanita, masih ada 25 pcs, 55 ribu.
Cek highlight "BLAZER" ya.
@@ post|twitter_thread|1111
1/ mau cerita dikit soal usahaku jualan jaket eks Kanada
2/ awalnya beli 1 karung 25kg dari temen di Cikarang, isinya jaket musim dingin
3/ laku semua dalam 10 hari, jadi aku lanjut ambil 3 karung per bulan
4/ buat yang mau beli satuan, harga 60-120rb, link shopee di bio
5/ yang mau borong sekarung juga bisa, DM aja
@@ post|twitter_thread|1111
thread stok minggu ini 🧵
• kemeja flanel eks US — 45rb
• denim jacket eks JP — 110rb
• cardigan eks KR — 40rb
semua dari bal yang aku buka Senin, udah laundry.
reply tweet ini + nomor item buat claim, bayar max 1x24 jam
@@ message|group_chat|1111
[Grup Reseller Thrift Jatim]
Admin: Teman-teman, bal gelombang 2 sudah sampai gudang Sidoarjo.
Admin: Isi kemeja Korea & kaos Jepang, harga member 4,1jt.
Rudi: Min, aku ambil 1 ya, kirim ke Kediri.
Sari: Aku 2 min, bisa bayar setengah dulu?
Admin: Bisa kak, DP 50% max besok siang.
@@ message|group_chat|1111
[Paguyuban Lapak Sekaten]
Pak Darto: Mas, kiriman dari Batam minggu ini jadi?
Mas Yudi: Jadi pak, 12 bal campur, jaket Jepang banyak.
Pak Darto: Saya ambil 3 bal, seperti biasa ya harganya.
Mas Yudi: Siap pak, 4,2 per bal, diantar Kamis ke gudang Bantul.
@@ message|group_chat|1111
[Grup Jual Beli Nunukan]
Ibu Ani: Siapa yang ada rombengan tas dari Tawau?
Pak Lukman: Saya ada bu, baru datang kemarin, tas kulit 80-150 ribu.
Ibu Ani: Bisa antar ke Sebatik?
Pak Lukman: Bisa bu, titip lewat speedboat sore, ongkos 10 ribu.
@@ listing|marketplace_description|1111
Sweater Rajut Wanita Second Japan - Pilihan Dari Bal
⚠️ Barang BEKAS PAKAI (preloved), bukan baru.
Bahan: campuran wol/akrilik, cocok untuk ruangan AC atau liburan ke daerah dingin.
Kondisi: 8/10, bisa ada sedikit bulu (pilling).
Setiap pembelian dapat 1 pcs random gratis jika total di atas 150rb.
Proses kirim H+1 dari Jakarta Timur.
@@ listing|marketplace_description|1111
BORONGAN KEMEJA PRIA 100 PCS (EKS KOREA)
Cocok untuk reseller / buka lapak.
Kondisi campur grade A & B, sudah disortir dari 1 bal.
Harga 2,2 juta (22rb/pcs), free karung & ongkir sebagian.
Barang dikirim dari Bandung via kargo.
Tidak bisa retur karena barang borongan.
@@ listing|marketplace_description|1111
Jaket Gunung Outdoor Second Ori (Ex Korea)
Merk: campur (Kolon Sport, Black Yak, The North Face Korea)
Ukuran Korea 95-105 (setara M-XL)
Kondisi 85%+, resleting normal, ada bekas pemakaian wajar.
Barang dipilih satu per satu dari karungan, dicuci pakai deterjen khusus.
Klik ikuti toko untuk update stok tiap Jumat.
@@ listing|marketplace_description|1111
Tas Wanita Branded Preloved Import Korea
Semua tas dari bal tas Korea, dicek keaslian sebisanya (bukan jaminan 100%).
Kondisi 7-9/10, foto asli tanpa edit.
Harga 75-350rb tergantung merk & kondisi.
Pembeli luar pulau mohon pilih ekspedisi kargo biar lebih hemat.
@@ profile|seller_bio_long|1111
🌸 Awul Corner Jogja 🌸
Ngawul online tanpa capek!
Barang dari bal Jepang & Korea, kami pilihkan yang paling layak.
Drop tiap Rabu & Sabtu jam 19.00 di IG live.
Alamat lapak: Jl. Parangtritis km 3, buka sore.
Terima pesanan borongan untuk lapak Sekaten.
@@ profile|seller_bio_long|1111
CABO PAPUA ONLINE 🌴
Jual cakar bongkar Korea & Jepang.
Ecer & per karung, kirim ke Sentani, Wamena, Merauke, Nabire.
Karung masuk dari Surabaya tiap kapal datang.
Lapak: Pasar Hamadi blok belakang.
Tanya stok lewat DM.
@@ profile|seller_bio_long|1111
Distributor Pakaian Eks Luar Negeri (Johor - Riau)
• Bal campur / bal sortir / bal sepatu
• Pengiriman ke Pekanbaru, Jambi, Palembang
• Minimal order 5 bal
• Pembayaran 50% DP
Admin hanya melayani chat, tidak terima telepon.
@@ comment|comment_thread|1111
@fikri_oktav: bang yg di video karungnya dari mana?
@balkorea.official: dari importir Bandung bang, asli Korea
@fikri_oktav: harga sekarung berapa?
@balkorea.official: tergantung isi bang, kemeja 4,3jt, kaos 3,6jt
@fikri_oktav: bisa kirim ke Lampung?
@balkorea.official: bisa, chat wa ya biar dihitung ongkirnya
@@ comment|comment_thread|1111
lisa: kak spill tempat belinya dong 😍
ninaa.ootd: ini di @awul.kotagede kak, dia buka karung tiap minggu
lisa: mahal ga?
ninaa.ootd: murah bgt, cardigan ku 35rb doang. cus kesana
awul.kotagede: makasih kak Nina udah spill 🥰 Sabtu ini ada drop baru dari karung Jepang ya
@@ comment|comment_thread|1111
Andi: Pak, yang jaket kulit itu asli Jepang?
Toko Monza Berkah: Asli pak, dari kiriman Tanjung Balai, bekas pakai tapi kulitnya masih bagus.
Andi: Bisa nego?
Toko Monza Berkah: 250 pas pak, biasanya 300.
Andi: Oke saya datang sore.
@@ message|dm_negotiation|1111
Halo kak, saya lihat postingan bal sepatu Thailand.
Iya kak, masih ada 2 bal, isi ±60 pasang campur.
Ukurannya campur ya kak?
Iya campur 36-45, mayoritas sneakers.
Harga bisa 4jt?
4,3 kak paling mentok, sudah sama ongkir ke Semarang.
Oke kak saya transfer sekarang.
@@ message|dm_negotiation|1111
Kak, mau tanya karung yang isi baju anak Korea.
Masih kak, berat 30kg, isi kira-kira 200 pcs.
Kondisinya gimana kak?
Campur kak, 70% bagus, sisanya ada noda. Harga 1,4jt.
Bisa kirim ke Balikpapan?
Bisa kak, via kargo kapal, ongkir sekitar 180rb.
@@ post|evasive_long|1111
🅱️🅰️🅻 🇯🇵 udh buka!
isi: jaket coach, windbreaker, fleece (p.r.e.l.o.v.e.d)
harga: 55-95k, borong 20 pcs 1jt
📍 kirim dr Jaktim
❗ jgn komen kata b*l atau s*k*n di kolom komen ya biar akun aman
@@ post|evasive_long|1111
Ready "barang kapal" 🚢 isi jaket & kemeja dari negeri sakura 🌸
Udah dicuci bersih, kondisi pernah dipakai tapi layak.
Harga 40an, ambil per iket (100 pcs) nego.
Tanya lewat DM aja ya, jangan di komen 🙏
@@ post|evasive_long|1111
Kode order: 🧺 = per karung, 👕 = per pcs
🧺 Korea campur 45kg 2,2jt
🧺 Jepang kemeja 45kg 2,5jt
👕 pick mulai 25rb (barang sama, hasil pilihan)
Cukup kirim emoji + jumlah ke DM, admin yang jelasin sisanya 😉
@@ post|evasive_long|1111
S-E-K-E-N  K-O-R-E-A  R-E-A-D-Y 🇰🇷
kemeja ol, blouse, rok, dress
30-50k / pcs
spill lokasi via DM (area Medan Johor)
tiap minggu ada goni baru masuk, yg mau ambil sekarung juga bisa
@@ post|evasive_long|1111
bajuimpor​bekas #monzamedan​online #cakar​makassar
halo gaes ini kloter baru ya, jaket + jeans eks JP/KR
harga 35-120k, ongkir dari Medan
yang mau borong ikatan juga ada, tanya aja
@@ post|evasive_long|1111
Ada yang cari "oleh-oleh Sakura" 😉
Kami ada 3 karung kemeja & jaket pernah dipakai dari sana, baru tiba lewat pelabuhan minggu ini.
Harga per pcs 30-80rb, per karung nego.
Info lanjut lewat pesan pribadi saja.
@@ post|dialect_long|1111
Hei basodara, torang ada jual baju cap karung dari Jepang, baru datang pake kapal.
Ada jaket, kemeja, deng celana, harga 20 ribu sampe 80 ribu.
Datang jo di Pasar Bersehati, lapak dekat penjual ikan.
Yang di Bitung deng Tomohon bisa torang kirim.
@@ post|dialect_long|1111
Eee nona nyong, baju RB Korea su datang di Pasar Oeba.
Ada kemeja kantor, rok, baju sekolah anak, harga 5 ribu sampe 30 ribu sa.
Datang cepat sebelum habis, ko barang bagus-bagus langsung orang ambil.
Yang di Soe bisa beta titip di oto.
@@ post|dialect_long|1111
Halo dulur kabeh, aku arep ngabari nek bal Korea anyar wis teko.
Isine kemeja, kaos, karo jaket, rego 20 ewu nganti 60 ewu.
Iso COD neng Alun-alun Purwokerto, utawa dikirim.
Sing arep kulakan sak bal yo iso, hubungi aku.
@@ post|dialect_long|1111
Sanak sadonyo, ambo baru pulang dari Tanjung Balai, bawa ikatan monza.
Isinyo jaket kulik, kemeja, jo celana jeans.
Harago 40 ribu sampai 150 ribu, ado nan elok bana.
Datang ka lapak ambo di Pasa Bawah Bukittinggi.
@@ post|dialect_long|1111
Wei kawan, ada goni baru masuk dari Tawau, isi kasut dengan beg tangan.
Kasut running 100 ribu, beg 80 ribu, boleh tawar sikit.
Kedai saya dekat Pasar Inhutani Nunukan.
Yang di Tarakan boleh kirim guna kapal laju.
@@ post|english_mix_long|1111
Weekend drop! 🧥
We just unpacked a sack of Japanese outerwear: quilted vests, chore coats, fleece jackets.
Everything is secondhand, cleaned and checked for holes.
DM "DROP" to get the price list, payment via transfer only.
Reseller inquiries welcome, minimum 20 pieces.
@@ post|english_mix_long|1111
POV: kamu nemu Levi's 501 made in USA di bal yang baru dibuka 😮
Yes guys, today's bale from Texas is full of denim.
Prices start from 120k, and we also sell mixed denim lots (20 pcs 2jt).
Claim via comment "MINE + nomor", shipping nationwide.
@@ post|haul_endorsement|1111
Hari ini aku ke gudang @balpilihan.bdg, seru banget ngubek-ngubek isinya.
Dapet 6 kemeja linen Jepang sama 2 jaket, cuma 300 ribu.
Ownernya ramah, boleh pilih langsung dari bal yang baru dibuka.
Kalau kalian di Bandung wajib ke sini, alamat aku taruh di komen pertama.
@@ post|haul_endorsement|1111
Rekomendasi tempat belanja cakar di Makassar versi aku:
1. Lapak Daeng Rahmah di Terong (kemeja Korea paling bagus)
2. Toko Cakar Baji Gau (jaket & celana)
Dua-duanya sering dapat karung baru dari Parepare.
Mention aku aja kalau ke sana, nanti dikasih diskon 😄
@@ review|buyer_review_recommend|1111
Sudah 5 kali order bal di sini, gak pernah kecewa.
Terakhir ambil bal jaket Jepang, isinya 180 pcs, cuma 10 yang cacat.
Admin bisa diajak video call buat lihat isi sebelum kirim.
Buat reseller pemula saya sarankan mulai dari toko ini.
@@ review|buyer_review_recommend|1111
Cardigan-nya cantik banget, katanya dari karung Korea tapi kondisinya kayak baru.
Ada sedikit benang lepas, gak masalah.
Penjual ramah dan pengemasan rapi.
Pasti belanja lagi, kalian harus cek lapak online-nya!
@@ post|price_list_long|1111
UPDATE HARGA MONZA PER IKAT (100 pcs):
Kemeja pria ... 2,4jt
Kaos oblong ... 1,8jt
Celana jeans ... 3,5jt
Jaket campur ... 3,9jt
Harga bisa berubah sesuai kiriman dari Tanjung Balai.
Ambil di gudang Jalan Sisingamangaraja atau kirim.
@@ post|market_offer_long|1111
Hari Minggu waktunya ke Jalan Niaga!
Lapak kami buka dari subuh, stok baru dari karung Korea: kemeja, kaos, jaket.
Harga mulai 15 ribu, beli 3 lebih murah.
Yang tidak sempat datang bisa chat, kami kirim pakai ojek online sekitar Banjarmasin.
@@ post|market_offer_long|1111
Buka lapak di Pasar Youtefa tiap hari.
Karung baru masuk dari Surabaya, isi jaket & celana Korea.
Jaket kulit 150-200 ribu, jaket kain 50 ribu, celana 50-90 ribu.
Pembeli dari pegunungan bisa titip lewat kenalan, kami kemas rapi.
@@ post|market_offer_long|1111
Pasar Higienis lantai 2, lapak Ko Udin.
Cakar bongkar baru: blouse tiga seratus, celana panjang 50, jaket 75.
Barang dari karung yang masuk lewat Bitung minggu ini.
Mari datang, ada parkir di belakang pasar.
@@ post|port_route_long|1111
Pengumuman buat langganan di Aceh:
Barang dari Penang masuk lewat jalur biasa ke Lhokseumawe, isinya jaket & celana.
Harga per karung 1,8 juta, ecer di kedai kami Pasar Inpres.
Kirim ke Bireuen dan Takengon bisa pakai L300.
@@ post|port_route_long|1111
Teman-teman pedagang di Tarakan dan Malinau:
Kiriman dari Tawau sudah di Nunukan, isinya baju kerja, sepatu, dan tas.
Per goni 2,5 juta, bisa antar pakai speedboat reguler.
Pemesanan paling lambat Rabu, kirim Jumat.
@@ post|port_route_long|1111
Kapal dari Port Klang masuk Tanjung Balai lagi, kawan.
Isinya bal jaket musim dingin & celana kargo, cocok buat kalian yang jual ke Berastagi dan Tarutung.
Per bal 3,2 juta, ambil di gudang Sei Kepayang.
Hubungi lewat inbox, jangan telepon.
@@ post|grade_unit_long|1111
Penjelasan grade bal di toko kami:
Grade A = 85-95% layak jual, sedikit cacat.
Grade B = 65-80% layak jual, ada noda/robek kecil.
Grade C = campur, cocok untuk yang jual per kilo atau majun.
Semua bal dari Korea & Jepang, 45-100kg.
Tanya harga tiap grade via chat ya.
@@ post|grade_unit_long|1111
Bal "pendek" ready lagi!
Isi ±200 helai, campuran kemeja & kaos Jepang.
Cocok untuk pemula yang modalnya belum banyak, harga 2,9jt.
Bal panjang (±450 helai) juga ada, 5,8jt.
Pengambilan di Senen atau kirim ke luar kota.
@@ post|sortiran_long|1111
Hasil sortiran minggu ini sudah saya pisahkan:
Sortiran A (paling bagus) 40 pcs jaket Jepang - 1,6jt
Sortiran B 60 pcs kemeja campur - 1,2jt
Sisa bal (C) 30kg - 500rb
Semua dari 2 bal yang saya buka Senin. Siapa cepat dia dapat.
@@ post|sortiran_long|1111
Buat reseller yang gak mau repot sortir:
Kami jual hasil sortiran dari bal Korea, tinggal jual aja.
Isi per paket 50 pcs, kondisi minimal 8/10.
Harga 1,5 juta per paket, bisa pilih kategori (pria/wanita/anak).
Pengiriman dari Bekasi.
@@ post|no_keyword_long|1111
Baru selesai bongkar muatan dari kapal, 6 ikat besar isi pakaian kerja pernah dipakai dari Jepang.
Banyak seragam pabrik yang masih ada bordiran nama perusahaan di dada.
Cocok buat kerja bengkel atau kebun, bahannya tebal.
Satu ikat 100 potong 2,1 juta, satuan 25 ribu.
Gudang kami di Marunda, bisa lihat dulu.
@@ post|no_keyword_long|1111
Ada yang cari seragam sekolah Jepang? Kami baru dapat 1 kardus besar dari Osaka.
Sailor uniform, blazer sekolah, rok lipit, semua pernah dipakai, ada nama siswa di label.
Cocok buat cosplay atau koleksi.
Harga 80-150 ribu per stel, stok terbatas.
@@ post|no_keyword_long|1111
Kemeja-kemeja ini dulunya dipakai pegawai kantor di Seoul, kami dapat satu kontainer kecil.
Kondisi masih rapi, ada yang ada bekas pulpen di saku.
Harga 20 ribu per potong, minimal ambil 20.
Kirim ke seluruh Kalimantan dari gudang Banjarmasin.
@@ post|no_keyword_long|1111
Dari Negeri Ginseng langsung ke lapak kami 🇰🇷
Kali ini kiriman banyak jaket puffer yang pernah dipakai musim dingin lalu.
Ada noda kecil di beberapa, sudah kami laundry.
Harga 90-160 ribu, pembelian 5 pcs gratis ongkir Sulawesi.
Lapak di Jalan Sungai Saddang, Makassar.
"""
