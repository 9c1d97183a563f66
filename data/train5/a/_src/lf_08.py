R = [
("listing","multi_listing","1111","""Sweater Rajut Nordic Wool – Pre-owned Norway/Japan
Ukuran: L (LD 112, panjang 68)
Kondisi: 9/10, tanpa bolong, sedikit berbulu di lengan
Bahan: 80% wool
Harga: 145.000 (bisa nego tipis untuk pembelian 2 item)
Dikirim dari Bandung setiap hari kerja. Stok ini dari kiriman gelombang Maret, tinggal satu.
Tanya ukuran detail lewat chat, fast response 08.00–21.00"""),
]
