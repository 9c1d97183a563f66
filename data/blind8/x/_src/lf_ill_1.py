ITEMS = [
("listing","plain_offer",1,1,1,1,"""JUAL BAJU BEKAS IMPOR KOREA GRADE A
Kondisi: layak pakai, sudah disortir satu per satu
Isi paket: 10 pcs campur (kaos, kemeja, blus)
Harga: 120rb/paket, bebas pilih ukuran S-L
Pengiriman dari Bandung tiap hari kerja
Tanya stok dulu sebelum checkout ya kak"""),
("post","bale_price_list",1,1,1,1,"""📦 LIST HARGA BALPRES MINGGU INI 📦
Jaket campur ex Korea 100kg : 6,5jt
Kaos wanita ex Jepang 100kg : 3,8jt
Celana jeans ex USA 100kg : 5jt
Sweater rajut ex Korea 45kg : 3,2jt
Harga gudang Medan, belum ongkir. Bisa ecer per 10kg.
Order: WA 0812xxxx (Bang Rudi)"""),
("live","live_call",1,1,1,1,"""Halo halo semuanya yang baru gabung! 🙌
Malam ini kita bongkar bal kemeja cowok ex Jepang, baru sampai tadi siang
Harga rata 25rb, yang bagus banget nanti aku sebut hidden gems 40rb
Caranya gampang: ketik MAU + nomor hanger
Jangan lupa tap tap layarnya biar rame ya"""),
("message","wa_broadcast",1,1,1,1,"""Assalamualaikum bapak ibu reseller,
Alhamdulillah kontainer dari Port Klang sudah bongkar di gudang.
Tersedia: 40 bal campur, 15 bal jaket, 10 bal anak.
Yang sudah DP silakan ambil mulai besok jam 8.
Yang belum booking, stok terbatas, langsung konfirmasi ke admin ya.
Terima kasih 🙏"""),
("profile","shop_bio",1,1,1,1,"""Cakar Sinar Jaya Parepare
👕 pakaian bekas luar negeri pilihan
📍 Jl. Bau Massepe, depan masjid
⏰ buka 08.00-21.00, Jumat libur siang
🚚 bisa kirim ke Pinrang, Barru, Sidrap"""),
("listing","plain_offer",1,1,1,1,"""Kemeja Flanel Thrift Uniqlo - Second Import Jepang
Size: L (LD 110, P 74)
Kondisi 9/10, tidak ada noda dan bolong
Harga 65rb, no nego ya kak
Barang sudah dicuci dan disetrika
Stok cuma 1, siapa cepat dia dapat"""),
("post","reseller_recruit",1,1,1,1,"""MAU PUNYA USAHA THRIFT SENDIRI? 💸
Kami buka kemitraan reseller baju bekas impor.
✅ Modal mulai 1 juta dapat 1 karungan sortiran
✅ Free foto katalog & caption siap posting
✅ Dibimbing jualan di TikTok Shop & Shopee
Slot mitra bulan ini tinggal 7.
DM atau WA 0857xxxx untuk info lengkap."""),
("comment","seller_reply_thread",1,1,1,1,"""@dinda.rr halo kak, yang kamu tanya itu bal kaos anak ex Korea ya.
1 bal isinya sekitar 300-350 pcs, grade A semua, ukuran campur 2-10 tahun.
Harga 3,6jt belum ongkir, bisa kirim via kargo laut ke Kalimantan.
Kalau mau ecer dulu bisa ambil 5 kg, 55rb per kilo."""),
("listing","plain_offer",1,1,1,1,"""Jaket Outdoor Second Import The North Face
Ukuran XL, warna hitam, waterproof masih berfungsi
Ada bekas pemakaian di bagian lengan (lihat foto 4)
Dari bal Korea, bukan KW
Harga 180rb, bisa COD Cilandak atau kirim JNE"""),
("post","haul_names_shop",1,1,1,1,"""thrifting haul ✨ part 3
hari ini main ke Pasar Senen blok III, lantai 2, kiosnya Bang Jali (no. 47)
dapet: kemeja linen 30rb, cardigan 35rb, celana kulot 40rb, rok denim 30rb
total 135rb buat 4 item, worth it banget
barangnya dari bal Jepang katanya, bersih2 semua 🤍
#thrifting #thriftshop #pasarsenen #hiddengems"""),
("message","wa_broadcast",1,1,1,1,"""*INFO BONGKAR BAL*
Hari: Sabtu
Jam: 09.00 WIB sampai habis
Tempat: gudang kami, Gg. Mawar 3 Cimahi
Isi: 5 bal sweater & hoodie ex Korea
Harga mulai 15rb. Datang pagi biar dapet pilihan terbaik!"""),
("listing","bale_wholesale",1,1,1,1,"""Jual Karungan Pakaian Bekas Impor Campur
- 1 karung ± 50 kg
- isi kaos, kemeja, celana, dress
- asal Malaysia, masuk via Tawau
- harga 1,7jt per karung, ambil 5 karung 8jt
Gudang di Nunukan, pengiriman ke Sulawesi & Jawa tersedia."""),
("live","live_call",1,1,1,1,"""Oke guys lanjut ya, ini karung kedua, isinya celana cargo ex Jepang
Ukuran rata2 pinggang 30-34
Harga 35rb, ada 2 yang 50rb karena merknya bagus
Yang udah ketik tolong langsung checkout di keranjang nomor 12
Abis ini kita buka bal tas wanita ya"""),
("profile","shop_bio",1,1,1,1,"""🌿 SECOND CHANCE THRIFT 🌿
Baju thrift impor pilihan • Korea • Jepang • USA
Drop stok baru tiap Selasa & Jumat jam 7 malam
Pengiriman dari Semarang
Shopee: secondchance.smg | WA 0822xxxx"""),
("post","plain_offer",1,1,1,1,"""Ibu-ibu di Kupang, roma baru turun!
Pakaian impor bekas dari Malaysia, ada baju anak, selimut, sepatu.
Mulai 5 ribu saja.
Datang ke lapak kami di Pasar Kasih Naikoten, lorong belakang, tanya Mama Yuli.
Buka sampai jam 5 sore."""),
("listing","misspelled_offer",1,1,1,1,"""bal pres hodie korea isi 120pcs
grade a campur merk adidas nike champion dll
harga 5,5jt nego tipis
gudang di pekanbaru bisa liat langsung
serius aja yg minat 0813xxxx"""),
("comment","seller_reply_thread",1,1,1,1,"""Jawab pertanyaan di kolom komentar ya:
1. Bajunya bekas impor semua, dari bal Jepang & Korea
2. Ukuran ada di foto tiap produk
3. Gak bisa retur karena barang second, tapi aku jamin udah dicek
4. Pengiriman tiap hari kecuali Minggu
Makasih yang udah order 🫶"""),
("post","plain_offer",1,1,1,1,"""Rekomendasi outer buat ngantor dari stok kami minggu ini 👇
Blazer wol second import Jepang, warna abu, 85rb
Trench coat bekas Korea, krem, 120rb
Cardigan panjang rajut, 60rb
Semua kondisi 90% up, udah di-laundry. Klik link di bio buat checkout!
#thriftjakarta #secondimport #preloved"""),
]
