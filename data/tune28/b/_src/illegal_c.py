# Illegal records, batch C (two more to reach the planned share).

RECORDS = [
dict(kind="live", cat="live_bale_opening_host_chat", e=(1, 1, 1, 1), t="""
hmm bentar ya gais gunting nya mana ya... nah ini
oke ini bal Taiwan, isinya katanya kemeja kerja cowok
yang kemarin nanya kemeja buat kantor, nih pas banget
kemeja Arrow lengan panjang putih, tiga puluh ribu
[chat] wawan_87: leher ada kuning gak kak
dikit wan di kerah, bisa direndem, aku jujur ya
[chat] wawan_87: oke ambil
sip wawan, checkout ya, ongkir aku cek dulu ke Cirebon
"""),
dict(kind="message", cat="voice_note_supplier_reseller", e=(1, 1, 1, 1), t="""
[VN, 0:41, ke calon pembeli grosir]
sis, katalog sudah aku kirim ya, itu semua thrift luar dari karung Korea
buat sis yang mau buka lapak di Banjarmasin, aku saranin ambil paket usaha aja
isi seratus potong campur, satu juta tujuh ratus, udah sama kardus
kirimnya lewat kapal dari Surabaya, tiga sampai lima hari
kalau cocok nanti langganan, aku kasih harga reseller
"""),
]
