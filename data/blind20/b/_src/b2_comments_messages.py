# Batch 2: comment chains and WhatsApp messages - written by hand
B2 = [
("comment", "hn_comment_chain_buyer", (0, 1, 1, 1), """@dimas.kw: kak jaketnya dapet di mana? bagus bgt 😍
@nadyaaa_: di Pasar Senen kak, lantai 3, lupa kios yg mana soalnya muter2 😭
@dimas.kw: yahh oke makasih kak, weekend ini coba ngawul ke sana deh"""),

("comment", "ready_cek_wa", (1, 1, 1, 1), """@rinarinaa: kak yg sweater abu2 no. 7 masih ada?
@bongkar.karung.jpn: ready kak 🙏 size M, ex Jepang kondisi 90%, cek wa ya di bio
@rinarinaa: otw chat kak"""),

("comment", "hn_comment_opinion", (0, 1, 1, 1), """Saya pedagang konveksi kecil di Tasik. Jujur aja, sejak balpres membanjir tahun 2019 pesanan kaos polos turun hampir setengah.
Jadi kalau ada yang bilang larangan ini cuma menyusahkan rakyat, tolong ingat kami juga rakyat.
Semoga penegakannya adil, dari hulu di pelabuhan, bukan cuma di lapak."""),

("comment", "hn_comment_joke", (0, 1, 1, 1), """wkwkwk aku pernah beli celana bal di Gedebage, di sakunya ada tiket bus Seoul sama permen karet yg udah keras 😭
udah kayak dapet bonus misteri box
mas mbak yg punya celana, kamu sehat2 kan di sana? 🥹"""),

("comment", "hn_comment_hygiene_reply", (0, 1, 1, 1), """↳ @fajar_nugroho iya bang, temen aku gatel2 seminggu abis make jaket karungan tanpa dicuci dulu
↳ @sekar.ayu parah, kutu busuk juga bisa kebawa dari gudang lho
↳ @fajar_nugroho makanya sekarang tiap beli baju bekas pasar langsung masuk ember air panas, gak ada tawar menawar 😂"""),

("comment", "comment_offer_reply", (1, 1, 1, 1), """Buat yg nanya2 di kolom komen: iya, kami masih buka bal tiap Sabtu di gudang Cibaduyut. Stok ex Korea & Jepang, eceran 15-50rb, per karung juga bisa.
Yg mau dateng chat dulu ke 0812xxxx biar dikasih share loc 🙏"""),

("comment", "hn_comment_trader_story", (0, 1, 1, 1), """Ibu saya jualan roma di Pasar Sentral Manado sejak saya SD. Dari uang jual roma itu saya bisa kuliah sampai sarjana.
Sekarang barang dari Tawau makin jarang, ibu cuma jual sisa lama yang harganya dibanting.
Bukan minta dibeli, cuma mau cerita bahwa di balik tumpukan baju itu ada keluarga yang hidup."""),

("comment", "hn_comment_question_legal", (0, 1, 1, 0), """Mau nanya serius min, kalau saya jual baju preloved sendiri di Shopee (bekas pakai saya, beli di Indonesia) itu kena larangan juga gak?
Takut tiba2 dibanned kayak akun2 thrift yang kemarin.
Barangnya cuma 10-an potong, buat nambah uang jajan anak."""),

("comment", "hn_comment_answer_legal", (0, 1, 1, 0), """Setau aku yang dilarang itu impor pakaian bekasnya kak, bukan jual barang pribadi.
Baju dari lemari sendiri yang dibeli di sini ya aman, asal deskripsinya jujur "preloved pribadi".
Tapi cek juga aturan marketplace masing2, ada yg minta foto asli barangnya."""),

("comment", "comment_chain_seller_dm", (1, 1, 1, 1), """@aliyaa: min jaket North Face di video tadi harga berapa?
@lapak_monza_mdn: 175rb kak, ex Korea, minus resleting agak seret dikit
@aliyaa: bisa kurang?
@lapak_monza_mdn: 160 deh kak, cek DM ya udah aku kirim nomor rekening 🙏"""),

("comment", "hn_comment_ceker", (0, 0, 0, 0), """Aku kira "cakar" yang dijual tante aku di pasar itu baju bekas, ternyata beneran cakar ayam wkwkwk 🐔
Orang Makassar pasti paham kenapa aku bingung.
Btw cakar ayam kecap buatan tante enak bgt, tp dia cuma masak buat arisan."""),

("comment", "hn_comment_report_quote", (0, 1, 1, 1), """Min ini akun @thrift.batam88 masih aktif lho, captionnya "balpres Jepang & Korea, kirim dari Batam ke seluruh Indonesia, harga grosir".
Udah saya report 3x di TikTok tapi gak ada tindakan.
Tolong dong @tiktok_id ditindak, katanya mendukung UMKM lokal."""),

("comment", "hn_comment_student", (0, 1, 1, 1), """Aku anak kos Jogja, jujur awul-awul itu penyelamat pas akhir bulan 😭
Kemeja buat presentasi, jaket buat naik motor malem, semua dari lapak Sekaten sama yang di Jl. Kaliurang dulu.
Kalau semua ditutup, gimana nasib mahasiswa kere kayak aku"""),

("comment", "comment_restock_reply", (1, 1, 1, 1), """Kak yg nanya kemeja flanel: besok pagi kami bongkar koli baru dari Thailand, banyak flanel & denim.
Datang aja ke lapak kami di Pasar Kebon Kalapa lantai 2, kios no. 47.
Atau pantengin live di akun ini jam 7 malem 🔥"""),

("comment", "hn_comment_bundle_memory", (0, 1, 1, 1), """Jaman SMA di Bandung, bundle itu identik sama jaket kulit dan kemeja kotak2 dari Cimol.
Pulang sekolah naik angkot ke Gedebage, duit jajan seminggu dikumpulin buat 1 jaket.
Sekarang anak2 nyebutnya thrifting, padahal ya sama aja, karung dari luar negeri dibongkar di pasar."""),

("comment", "hn_comment_locals_reply", (0, 0, 1, 0), """Setuju sama kakak di atas. Aku pindah beli kaos dari brand lokal Jogja, harganya 80-an ribu, kualitas awet udah 2 tahun.
Sedikit lebih mahal tapi aku tau siapa yang jahit.
Gak nyuruh semua orang ikut ya, cuma sharing pengalaman."""),

("comment", "hn_comment_chain_where", (0, 1, 1, 1), """@yudi_pratama: bang sekarang monza di Medan masih ada gak sih? pulang kampung mau nostalgia
@rudi.sitorus: masih bang di Pajak Melati, tapi udah gak serame dulu
@yudi_pratama: wah sip, asal ada kemeja flanel aku udah senang 😂
@rudi.sitorus: hahaha flanel mah gak pernah abis bang"""),

("comment", "hn_comment_donation_request", (0, 1, 1, 0), """Kak, kalau ada baju bekas layak pakai yang udah gak dipake, panti asuhan kami di Banjarmasin butuh banget untuk anak usia 6-15 tahun.
Bisa dikirim ke Panti Al-Amin, Jl. Sultan Adam Gg. Rahmat.
Terima kasih banyak, semoga jadi amal jariyah 🤲"""),

("comment", "comment_preorder_bal", (1, 1, 1, 1), """Buat agen yang mau ambil per bal: batch berikutnya masuk dari Tanjungbalai minggu depan.
Bal campur grade A/B 100kg, harga 4,8jt, DP 50% dulu.
Chat admin aja ya, jangan nego di kolom komen 🙏"""),

("comment", "hn_comment_news_reaction", (0, 1, 1, 1), """Baca berita 7.000 bal dimusnahkan di Pekanbaru kok rasanya sayang ya 😔
Kenapa gak disumbang ke korban bencana aja setelah disterilisasi?
Tapi ya mungkin aturannya emang harus dimusnahkan biar gak balik lagi ke pasar."""),

("comment", "hn_comment_phone_second", (0, 1, 0, 0), """@andikapr: HP second dari konter sebelah udah 2 tahun aman2 aja bang
@bimaarya: beda lah bang, hp kan dicek imei, kalau baju gak ada yang ngecek 😂
@andikapr: iya juga sih wkwk"""),

("comment", "hn_comment_rework_brand", (0, 1, 1, 0), """Kak boleh aku share? Aku jahit ulang kemeja bekas punya almarhum ayah jadi outer buat aku pake sehari-hari.
Ayah belinya di Matahari tahun 90an, kainnya masih tebal.
Jadi kenangan yang bisa dipake, bukan cuma disimpan di lemari ❤️"""),

("comment", "hn_comment_smell", (0, 1, 1, 1), """Baju lelong yang aku beli di Tanjungpinang baunya kayak campuran kapur barus + gudang basah 😷
udah dicuci 4x pake pewangi satu botol, masih aja kecium
ada yang punya trik lain selain cuka sama baking soda?"""),

("comment", "hn_comment_trader_vlog", (0, 1, 1, 1), """Nonton vlog pedagang Gedebage tadi, dia cerita dulu seminggu buka 10 bal, sekarang 2 bal aja udah susah dapetnya.
Harga bal naik dari 4 juta ke hampir 8 juta.
Dia bilang "saya mah mau pindah jualan lokal juga, asal ada yang ngajarin dan ngasih modal". Kasian juga ya."""),

("comment", "comment_link_bio", (1, 1, 1, 1), """yang kemarin kehabisan, hari ini kita buka karung baru ex Jepang lagi ya guys 🙌
cardigan & rajut mulai 30rb, link katalog ada di bio
order via WA admin, bayar transfer, kirim H+1"""),

# WhatsApp messages
("message", "wa_broadcast_offer", (1, 1, 1, 1), """*BROADCAST GROSIR BAL* 📦
Assalamualaikum bapak/ibu reseller,
Stok baru masuk hari ini:
- Bal Korea campur grade A 100kg: 5,2jt
- Bal Jepang jaket winter 50kg: 3,9jt
- Karung kaos anak ex Malaysia: 2,1jt
Ready di gudang Batam, bisa kirim ekspedisi ke Jawa & Sumatra. Yang minat balas pesan ini ya 🙏"""),

("message", "hn_wa_family", (0, 1, 1, 1), """Mah, tadi Dinda ke Senen sama temen2 kantor, dapet kemeja batik bekas 25rb buat papa, motifnya lucu banget.
Baunya agak apek jadi Dinda rendem dulu ya di kosan.
Nanti Sabtu Dinda bawa pulang. Jangan bilang2 papa dulu, surprise 😁"""),

("message", "hn_wa_group_trader", (0, 1, 1, 1), """[Grup Paguyuban Pedagang Blok III]
Bapak2 ibu2, info dari ketua: besok ada rapat jam 10 di mushola pasar bahas soal razia & rencana pindah ke barang lokal.
Mohon datang ya, jangan ada yang buka bal baru dulu sampai ada kejelasan dari dinas.
Kita harus kompak supaya suara kita didengar."""),

("message", "wa_personal_offer", (1, 1, 1, 1), """Halo kak, ini Rina dari lapak cakar yang kemarin di Pasar Toddopuli 🙏
Karung baru dari Malaysia udah dibuka, ada jaket & kemeja yang kakak cari kemarin. Aku fotoin ya beberapa.
Kalau cocok bisa aku simpenin sampe besok sore, bayarnya COD di lapak aja."""),

("message", "hn_wa_friend_nitip", (1, 1, 1, 0), """Nov, jadi nitip jualin jaket kulitku gak? Itu beli sendiri di Tanah Abang 3 taun lalu, udah kekecilan.
Kasih harga 150 aja, kalo ada yg nawar 130 masih oke.
Duitnya nanti buat patungan kado nikahan Sari ya 😂"""),

("message", "hn_wa_buyer_ask", (0, 1, 1, 1), """Bu Tini, masih jualan baju awul2 di pasar Beringharjo gak?
Anak saya butuh jaket buat study tour ke Dieng, kemarin saya lewat lapak ibu kok tutup.
Kalau udah gak jualan, ibu tau gak yang masih buka di daerah mana? Makasih bu 🙏"""),

("message", "wa_reseller_offer", (1, 1, 1, 1), """Mbak Ajeng, aku ada jatah 2 karung Korea grade B, isinya celana & rok.
Kalo mbak mau jadi reseller, aku kasih harga 1,6jt per karung, bisa dicicil 2x.
Lumayan buat dijual lagi di live mbak. Kabarin ya sebelum diambil orang lain."""),

("message", "hn_wa_rt_donation", (0, 1, 1, 0), """📣 Info RT 05
Warga yang punya pakaian bekas layak pakai, sepatu, atau selimut untuk korban kebakaran di Kampung Bandan bisa dikumpulkan ke rumah Pak RT paling lambat Kamis.
Mohon dicuci dulu dan dimasukkan ke kantong plastik. Terima kasih atas kepeduliannya."""),

("message", "hn_wa_warning_family", (0, 1, 1, 1), """Pa, jangan beli lagi ya baju bal di pasar malem, kemarin adek gatel2 badannya setelah pake kaos yang papa beli.
Dokter bilang kemungkinan jamur dari baju yang gak dicuci.
Kalau mau hemat, nanti aku cariin yang baru di toko online aja, murah juga kok."""),

("message", "wa_group_jastip", (1, 1, 1, 1), """Gaes, besok aku ke Pasar Gedebage subuh, yang mau jastip baju bal silakan list di sini:
1. jenis barang
2. ukuran
3. budget max
Fee 10rb/pcs, aku fotoin dulu sebelum beli. Close order jam 9 malem ini ya"""),

("message", "hn_wa_school_bazaar", (1, 1, 1, 0), """Bapak/Ibu wali murid kelas 4B yth.
Mengingatkan bazar pakaian layak pakai hasil sumbangan orang tua murid akan diadakan Sabtu, 14.00 di aula sekolah.
Harga 5-20 ribu, hasilnya untuk renovasi perpustakaan. Mohon dukungannya dengan datang dan berbelanja 🙏"""),

("message", "hn_wa_rice", (1, 0, 0, 0), """Assalamualaikum bu, beras Cianjur pandan wangi sudah ready lagi.
Karung 25kg 375rb, 10kg 155rb, diantar gratis area Cibinong.
Mau pesan berapa karung bu? Kabari saja ya nanti suami saya yang antar."""),

("message", "hn_wa_trader_to_kid", (0, 1, 1, 1), """Nak, bapak hari ini gak buka lapak. Kata orang di pelabuhan kapal dari Tawau ditahan lagi, gak ada barang.
Sisa karung lama tinggal satu, isinya kebanyakan rusak.
Uang sekolah bulan ini bapak usahakan minggu depan ya, sabar dulu. Jangan bilang mama bapak cerita."""),
]
