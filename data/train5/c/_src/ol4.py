RECS = [
("article","other_news_new_import_surge",0,0,1,1,"Impor pakaian jadi baru dari China naik 30%, pengusaha konveksi Bandung minta safeguard diperketat"),
("post","other_question_own_preloved",0,1,1,0,"boleh ga sih jual preloved gamis sendiri yg dibeli di Tanah Abang? takut kena filter kata 'bekas'"),
("post","other_opinion_thrift_look",0,0,1,0,"outfit 'thrift look' sekarang gampang dicari di brand lokal, ga perlu lagi ngubek karung"),
("article","other_news_used_cars",0,1,0,1,"Mobil bekas eks Singapura masih beredar di Batam, pemda minta aturan kawasan bebas dipertegas"),
("post","other_tutorial_majun",0,1,0,1,"buat anak bengkel: majun karungan impor bagus buat lap oli, tapi pilih yg katun biar nyerap"),
("article","other_news_factory_outlet",0,0,1,0,"Factory outlet sisa ekspor di Jalan Riau Bandung kembali ramai jelang libur sekolah"),
("comment","other_jastip_question_new",0,0,1,1,"kak jastip Uniqlo Tokyo-nya kapan buka lagi? barang baru kan ya, bukan second?"),
("post","other_complaint_new_import_dress",0,0,1,1,"dress impor Guangzhou yg kubeli baru tapi jahitannya lepas sehari dipake, kapok PO luar"),
("message","other_report_used_phone",0,1,0,1,"Lapor min, ada akun jual HP second ex Jepang tanpa IMEI terdaftar, tolong dicek"),
("post","other_donation_school_uniform",0,1,1,0,"Terima kasih wali murid yg sudah donasi seragam bekas, minggu depan dibagikan gratis ke adik kelas"),
]
