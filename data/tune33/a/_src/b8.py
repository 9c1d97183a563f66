# batch 8: two extra members for families F128 and F133
R = [
("F128","post","hn_twin_local_source",1,1,1,0,"Celana jeans Levi's 501 bekas aku sendiri, beli di outlet PIM 2018, warna udah pudar natural, 95rb. COD Bekasi ya 👖"),
("F133","post","hn_twin_school_giveaway",0,1,1,0,"OSIS SMA 3 ngumpulin seragam & jaket bekas dari kakak kelas 🎒 nanti dibagikan gratis ke adik kelas yg butuh, Sabtu di lapangan"),
]
