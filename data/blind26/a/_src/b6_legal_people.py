# Batch 6: legal: complaints and reports quoting ads, buyer questions, jokes/memes, reviews naming no seller, donation requests, swaps.
RECORDS = [
# complaints / reports about sellers, incl. quoted ads (offer 0)
("comment", "hn_report", "Lapor min, akun ini jualan 'bal bekas Korea grade A' terang-terangan di live, tolong ditindak", 0, 1, 1, 1),
("review", "hn_complaint", "Kecewa, katanya 'second import Jepang kondisi 90%' ternyata bolong di ketiak. Bintang satu", 0, 1, 1, 1),
("post", "hn_complaint", "Hati-hati sama lapak yang jual 'karungan murah' di grup FB, aku transfer 2jt barang gak dikirim", 0, 1, 1, 1),
("comment", "hn_report", "Ini iklan 'thrift impor 10rb' udah dilaporin berkali-kali kok masih nongol di beranda", 0, 1, 1, 1),
("review", "hn_complaint", "Baju dikirim bau apek banget, padahal deskripsinya 'bekas Korea sudah laundry'. Nyesel", 0, 1, 1, 1),
("message", "hn_report", "Min, saya mau laporkan toko yang nulis 'b3k4s 1mp0r' di judul biar lolos filter", 0, 1, 0, 1),
("post", "hn_complaint", "Beli 'jaket monza original' di marketplace, datang-datang sobek dan penjualnya ngilang", 0, 1, 1, 1),
("review", "hn_complaint", "Yang dikirim celana baru KW, bukan 'Levi's bekas USA' kayak di foto. Gak sesuai", 0, 1, 1, 1),
("comment", "hn_report", "kok ada yg jualan 'ballpres sepatu Thailand' di sini, bukannya dilarang?", 0, 1, 1, 1),
# buyer questions (offer 0)
("comment", "hn_buyer_question", "Kak ini baju bekas impor atau baru? Soalnya aku gak mau yang second", 0, 1, 1, 1),
("post", "hn_buyer_question", "Ada yang tau tempat thrifting di Malang yang bagus? Lagi cari jaket corduroy", 0, 1, 1, 1),
("comment", "hn_buyer_question", "Min, ini sizenya true to size gak? Tinggi 165 berat 55 cocoknya M atau L?", 0, 0, 1, 0),
("post", "hn_buyer_question", "Nanya dong, beli baju cakar aman gak sih buat kulit sensitif?", 0, 1, 1, 1),
("comment", "hn_buyer_question", "Bang ongkir ke Palu berapa? Terus bisa bayar di tempat?", 0, 0, 0, 0),
("post", "hn_buyer_question", "Lebih worth beli sepatu second atau nabung buat yang baru? Minta saran dong", 0, 1, 1, 0),
("comment", "hn_buyer_question", "kalo ke Pasar Senen blok 3 buat nyari jas kantor mending hari apa ya biar gak rame", 0, 0, 1, 1),
("message", "hn_buyer_question", "Halo, gamis yang warna sage masih ada? Kalau ada saya mau 2", 0, 0, 1, 0),
# jokes / memes (offer 0)
("post", "hn_joke", "Dompet: tipis. Gaya: pengen Korea. Solusi: ngubek-ngubek awul-awul sampe tangan gatel 😭", 0, 1, 1, 1),
("post", "hn_joke", "Jaket thrift gue ada nama orang Jepang di kerahnya, sekarang gue resmi jadi Tanaka-san", 0, 1, 1, 1),
("comment", "hn_joke", "bal bal apa yang bikin dompet kering? balanja tiap gajian wkwk", 0, 0, 0, 0),
("post", "hn_joke", "Nemu struk belanja Seoul di saku celana cakar. Kurang Korea apa lagi gue", 0, 1, 1, 1),
("post", "hn_joke", "Meme: 'Mama bilang jangan beli baju bekas' vs aku yang tiap minggu pulang bawa 3 hoodie", 0, 1, 1, 0),
("comment", "hn_joke", "Pakaian bekas mantan gak usah diimpor lagi ke hidupmu, cukup dimusnahkan 🔥", 0, 1, 1, 0),
("post", "hn_joke", "Cowok kalau diajak ke Gedebage: 'bentar doang kok'. Lima jam kemudian masih milih jaket", 0, 0, 1, 1),
# tweets / reviews naming no seller (offer 0)
("post", "hn_tweet", "Hari ini dapet kemeja flanel 25rb di pasar loak, seneng banget walau gatau asalnya", 0, 1, 1, 0),
("review", "hn_review_no_seller", "Jaket bekas yang kubeli tahun lalu masih awet sampai sekarang, bahannya tebal dan hangat", 0, 1, 1, 0),
("post", "hn_tweet", "Kenapa sih baju dari karungan Jepang tuh bahannya awet2, beda sama yang baru-baru sekarang", 0, 1, 1, 1),
("review", "hn_review_no_seller", "Sepatu lari baru ini nyaman, empuk, cuma talinya kepanjangan. 4/5", 0, 0, 1, 0),
("post", "hn_tweet", "Thrifting di Senen tadi panas banget tapi pulang bawa dua kemeja, worth it", 0, 1, 1, 1),
("review", "hn_review_no_seller", "Dress bekas impor yang kubeli pas dicuci luntur parah, jadi pelajaran buat cek bahan dulu", 0, 1, 1, 1),
("post", "hn_tweet", "Barusan beres sortir baju lemari, ternyata 60% isinya gak pernah dipake. Mau didonasikan aja", 0, 1, 1, 0),
# donation requests (offer 0)
("post", "hn_donation", "Posko banjir Demak butuh donasi pakaian layak pakai, terutama baju anak dan sarung", 0, 1, 1, 0),
("message", "hn_donation", "Teman-teman, panti asuhan di Sleman menerima sumbangan seragam bekas, bisa diantar ke sekretariat", 0, 1, 1, 0),
("post", "hn_donation", "Kami buka drop box baju bekas di kantor, nanti disalurkan ke korban gempa Cianjur", 0, 1, 1, 0),
# swaps (offer 0)
("post", "hn_swap", "Swap yuk: aku punya jaket denim bekas pribadi size M, mau tuker sama cardigan ukuran sama", 0, 1, 1, 0),
("comment", "hn_swap", "ada yang mau tukeran sepatu? punyaku bekas pakai ukuran 39, mau yang 40", 0, 1, 1, 0),
("post", "hn_swap", "Clothing swap party di taman kota minggu depan, bawa 3 baju bekasmu, bawa pulang 3 yang lain", 0, 1, 1, 0),
# personal stories, trips without goods (offer 0)
("post", "hn_trip_no_goods", "Liburan ke Tokyo kemarin cuma lihat-lihat toko baju bekas di Shimokitazawa, gak beli apa-apa", 0, 1, 1, 0),
("post", "hn_personal", "Baju bekas almarhum kakek masih kusimpan, kemejanya wangi kayu cendana", 0, 1, 1, 0),
("comment", "hn_personal", "Aku dari kecil pake lungsuran kakak, jadi baju bekas itu biasa banget buat aku", 0, 1, 1, 0),
("post", "hn_personal", "Ibu dulu jualan kain di Pasar Beringharjo, aku kecil sering tidur di atas tumpukan kain", 0, 0, 0, 0),
]
