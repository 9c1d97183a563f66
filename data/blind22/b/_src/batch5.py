# Batch 5: additional offers in Bugis-flavoured, Kupang, Banyumasan, Ambon, Manado, Palembang and English WhatsApp voices.
B5 = [
("post", "plain_offer", 1, 1, 1, 1,
"""Iye', bawa ka lagi barang dari Nunukan, pakaian bekas Malaysia tiga karung 🙏
Sudah kupisah-pisahkan mi: baju kaos, kemeja, celana panjang anak sekolah.
Bisa ki datang di rumah di Sengkang, dekat masjid jami', atau kuantarkan ji kalau ambil banyak.
Harga bicara ki, tidak mahal ji."""),

("live", "live_sale", 1, 1, 1, 1,
"""Halo kakak-kakak, kito live lagi malam ini jam 8 di TikTok 🔴
Bongkar karung lelong dari Batam, isi jaket parasut samo kemeja kotak-kotak.
Galo 25 ribu, ambik limo cuma 100 ribu. Komen "kito" kalo nak.
Kirim dari Plaju, COD Palembang biso."""),

("message", "reseller_recruit", 1, 1, 1, 1,
"""Basudara, beta cari orang for bantu jual baju bekas karung di Ambon deng Seram 🙌
Barang dari Malaysia, masuk lewat Surabaya, katong ambil per karung.
Ale jual dolo, bayar balakang. Untung dibagi.
Sapa mau, kontak Om Nus 0812xxxx. Jang lama-lama."""),

("message", "no_code_word", 1, 1, 1, 1,
"""Hi all, quick broadcast 📢
I still have 3 sacks of used winter coats that came in from Korea through Belawan last week.
Selling per sack (approx 60 pcs) for 2.8 jt, or pick per piece 45k.
Warehouse near Pasar Sukaramai, Medan. Serious buyers only pls, WA 0812xxxx."""),

("post", "regional_code_word", 1, 1, 1, 1,
"""Inyong nembe kulakan awul-awul sekang Pasar Gede Solo, asline sekang bal Jepang 🎒
Saiki tak dol maning nang Cilacap. Jaket 40 ewu, kemeja 20 ewu, celana jin 35.
Sing gelem, teka bae maring umahe inyong cedhak alun-alun Kroya.
Aja kesuwen, barange sithik thok."""),

("comment", "comment_reply", 1, 1, 1, 1,
"""@novi_kaw masih ada ngana, itu dress bekas dari karung Filipina, ukuran M
harga 45 ribu jo, ongkir ngana tanggung
kalau mo ambe langsung, kita ada di Pasar Bersehati tiap pagi, tanya Tante Mien 😊"""),

("listing", "bale_grade", 1, 1, 1, 1,
"""Sadia karungan Korea grade B, cocok kanggo nu rek ngamimitian usaha 👌
1 karung kurang leuwih 80 kg, eusina campur kaos, kemeja, jeung calana.
Harga 2,4 juta, gratis ongkir wewengkon Ciamis jeung Banjar.
Mun hoyong per kilo oge tiasa, 35 rebu. Hubungi Kang Dede 0857xxxx"""),
]
