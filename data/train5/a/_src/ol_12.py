R = [
("comment","comment_reply_seller","1111","yg ini udah diborong reseller Jambi kak, tp besok pagi buka goni Korea lagi, pantau aja"),
("message","chat_answer","1111","Boleh tuker ukuran kak asal belum dicuci. Kemeja eks Jepangnya kirim balik ke lapak Senen aja"),
("post","stall_directions","1111","Mampir ke lapak Ci Lina, Pasar Lelong Pontianak, baju Kuching seken baru dibuka"),
("listing","marketplace_title","1111","Rok Plisket Midi Pre-owned Japan Bahan Jatuh Warna Mocca"),
]
