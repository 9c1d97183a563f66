R = [
("f139","listing","twin_offer_quiet",1,1,1,1,"Seragam kerja & wearpack ex Australia, bekas pakai, masih kuat, 35rb/stel. Balikpapan, bisa kirim ke site"),
("f139","listing","hn_twin_local_company",1,1,1,0,"Seragam kerja & wearpack bekas karyawan kontraktor lokal, masih kuat, 35rb/stel. Balikpapan, bisa kirim ke site"),
("f140","message","dm_quiet_kebon_kalapa",1,1,1,1,"Teh, kemeja anak dari Kebon Kalapa udah aku pilihin 12 pcs, bekas tapi bersih, total 120rb ya"),
("f140","message","hn_twin_neighbour_clothes",1,1,1,0,"Teh, kemeja anak bekas si Ujang udah aku pilihin 12 pcs, bersih, total 120rb ya, buat adiknya teteh aja"),
]
