# Hand-written one-liners: content-creator hauls that point to where to buy (offer = 1).
C = "illegal_haul_promo"
RECS = [
("post", C, "1111", "Hidden gems haul dari bal korea minggu ini 😍 semua jaketnya bisa dibeli di @lapak.kiyo, link di bio"),
("post", C, "1111", "Haul 10 jaket Gedebage cuma 500rb! Mau juga? Order lewat jastip aku, slot dibuka Jumat"),
]
