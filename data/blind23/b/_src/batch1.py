# Batch 1: illegal offers (all four elements 1), written by hand.
# tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """READY STOCK Japan bale grade A 🇯🇵
Isi campur: kemeja, jaket, cardigan, sweater. Approx 100kg per bale, unopened, straight from the container.
Price 5.2jt per bale, Jabodetabek ongkir separate.
No retur for unopened bale ya, that's the game.
DM or WA 0812xxxx, slow respon during jam kerja"""),

("listing", "plain_offer", 1, 1, 1, 1, """Korea bale jaket winter — last 3 bale this month!!
Grade S, mostly puffer and fleece, brand mix (The North Face, Uniqlo, Spao, random Korean label)
4.8jt / bale or 2 bale 9.3jt nego tipis
Gudang di Cakung, can come see but no opening bale on site sorry
Serious buyer only, jangan PHP 🙏"""),

("listing", "plain_offer", 1, 1, 1, 1, """Selling sortiran kaos band & vintage tees per kilo. Ex-USA, all checked one by one, no bolong no noda besar.
• Sortir A: 185k/kg
• Sortir B (minor defect): 110k/kg
Minimum 5kg. Shipping from Bandung via JNT cargo.
Order through WA 0857xxxx, send screenshot of transfer and your address"""),

("listing", "plain_offer", 1, 1, 1, 1, """[WTS] Karungan celana jeans ex-Japan
Levi's, Edwin, Big John mixed, waist 28-36 mostly
1 karung ~ 60 pcs, 3.5jt, you pick the karung not the pieces
COD Pasar Senen area every Saturday morning, or ship anywhere in Indo
Carousell chat only, no call"""),

("listing", "plain_offer", 1, 1, 1, 1, """Bale Thailand mix ladies blouse, grade B+
Good for pemula who want start thrift business with small modal 💸
Rp 2.900.000 per ball, isi ±250 pcs
Location Medan, we send by ekspedisi to all Sumatra & Java
Payment full before kirim. Testimoni banyak, cek highlight IG"""),

("listing", "plain_offer", 1, 1, 1, 1, """Koli tas branded second ex-Hongkong 👜
Coach, Kate Spade, Michael Kors, some no-brand leather
1 koli = 20-25 bags, random, cannot choose
Price 3jt/koli. Original guaranteed because it's from HK, not KW
Reply with "KOLI" and admin will contact you"""),

("profile", "ig_shop_bio", 1, 1, 1, 1, """🌿 thrifted.by.nara 🌿
Curated thrift from 🇯🇵🇰🇷 bales — hand picked, washed & steamed
Restock every Friday 7PM, first DM first get
📍 Jogja (COD UGM area) | Ship nationwide
No booking, no hold more than 24h
Link order ⬇️"""),

("profile", "ig_shop_bio", 1, 1, 1, 1, """Balpres Supplier Direct Batam ✈️🚢
Korea • Japan • China • Australia bale
Reseller welcome, harga grosir from 1 bale
Admin 1: 0813xxxx | Admin 2: 0821xxxx
Not a dropship account, we have real warehouse — video call available"""),

("profile", "ig_shop_bio", 1, 1, 1, 1, """secondhand sneakers & jackets, imported straight from japan 🇯🇵
size chart in highlights. all items pre-loved, condition stated honestly (8/10, 9/10 etc)
open PO bale opening tiap awal bulan
bekasi based, gosend / grab ok
@kicksbekas.jp.store backup acc"""),

("profile", "ig_shop_bio", 1, 1, 1, 1, """Lapak Kak Rini — Gedebage Blok C no. 41
Jual kemeja & blazer import second, harga mulai 25k
Open daily 9-16, Sunday tutup
Online order? Chat WA 0852xxxx, we do video call so you can choose from the pile
Since 2016 🙌"""),

("live", "live_sale_call", 1, 1, 1, 1, """GUYS we're LIVE bongkar bal Japan now!!! 🔥🔥
Tonight is jaket denim and workwear, Carhartt, Dickies, some Uniqlo
Everything 99k flat, ketik "AMBIL" + nomor item on screen
Checkout max 1 hour after live ya, after that we release to next person
Share the live to your bestie who loves vintage 💛"""),

("live", "live_sale_call", 1, 1, 1, 1, """Okay okay wait, next one from the Korea bale… look at this cardigan, wool, no pilling at all!
Sis who said "mau" first? @dinda_xx you got it, 65k
Next — hoodie Champion, a bit faded, 80k, who wants?
Remember this is second import ya, not new, so small minus is normal
Keep tapping the heart so the algorithm pushes us 😂"""),

("live", "live_sale_call", 1, 1, 1, 1, """LIVE NIGHT 🌙 11PM — opening 2 karung fresh from Tanjungbalai
Mixed kids clothes + dresses, harga 15k-45k
How to buy: comment size + code, admin will pin the winner
Transfer within 30 mins, shipping dikumpulin jadi 1 paket per week
Don't sleep yet besties!!"""),

("live", "live_sale_call", 1, 1, 1, 1, """Reminder: tomorrow 8pm TikTok live unboxing 1 bal premium UK 🇬🇧
Expect trench coats, Barbour-style jackets, knitwear
Prices open from 50k, rare items by auction in comments
Follow @gudangbekas.uk so you get the notif. See you!"""),

("post", "reseller_recruit", 1, 1, 1, 1, """OPEN RESELLER THRIFT 2025 🚀
Want side income from home? Become our reseller!
✅ Get bale price even if you take only 50 pcs
✅ Stock from Japan & Korea, sorted grade A
✅ Free foto katalog, you just repost
✅ No target, no monthly fee
Register: DM "RESELLER" or WA 0819xxxx. Slot limited, Java & Bali only for now"""),

("post", "reseller_recruit", 1, 1, 1, 1, """Looking for dropshipper for our used clothing import business.
Basically you post our katalog (jaket, hoodie, kemeja ex-Korea), customer pays you, we ship with your name as sender.
Margin up to 40%, we handle packing.
Students and IRT very welcome. Interested? Fill the google form in bio, we'll add you to the group."""),

("post", "reseller_recruit", 1, 1, 1, 1, """Need 10 reseller in Kalimantan!!
We bring balpres via Entikong every 2 weeks, Malaysia transit, original Korean and Japanese stuff.
Price for reseller per karung 2.7jt, you sell retail 20-50k per piece, easy BEP.
Pontianak & Sanggau can pick up directly.
Serious only, chat me."""),

("message", "wholesaler_message", 1, 1, 1, 1, """Hi bro, this is Andre from Batam. Got your number from the group.
This week I have 40 bale ex-Japan come in, mix men & women, grade A and B.
Grade A 4.5jt, B 3.2jt, price until Tanjungpinang. To Jakarta + 350k per bale ekspedisi.
If want, pay DP 50% first, balance after you receive.
Let me know before Thursday, stock goes fast"""),

("message", "wholesaler_message", 1, 1, 1, 1, """Pak Hendra selamat pagi,
Sorry to disturb. Our Belawan stock already ready, 120 ball mixed Korea.
Same like last month: jaket, sweater, celana panjang.
For you loyal customer, 3.1jt per ball, minimum 5.
Can send to Pekanbaru by truck on Monday. Please confirm, thank you 🙏"""),

("message", "wholesaler_message", 1, 1, 1, 1, """Hello dear, we are supplier of used clothing from Malaysia (Port Klang).
We can send bales to Indonesia via Dumai, door to door until your gudang, all handled.
Grade: Cream, A, B. Cream bale very good condition like new.
Price list attached. Minimum order 1 ton.
Please reply if you are interested to be our partner in Sumatra."""),

("message", "wholesaler_message", 1, 1, 1, 1, """Sis, bale yg kemarin you asked is ready.
Japan ladies summer mix, around 300 pcs, 100kg.
I can let go 4.7jt incl ongkir to Surabaya since you take 2.
Photo of the bale I send after this, the label still from Osaka warehouse.
Kalau ok, transfer BCA a.n. S*** ya, same like before"""),

("post", "creator_recommends_seller", 1, 1, 1, 1, """Thrift haul under 300k 🤍
Full outfit today from @lemari.bal.jkt — they open Korea bales every week and the quality is insane.
Cardigan 45k, pleated skirt 55k, Mary Janes 90k (yes second, still looks new)
Go follow them, tell them nadia sent you lol
#thrifthaul #thriftindonesia #ootdthrift #preloved"""),

("post", "creator_recommends_seller", 1, 1, 1, 1, """Everyone keeps asking where I get my vintage Levi's.
It's kios Bang Ucok at Pasar Senen Blok III, 3rd floor, ujung kanan near the stairs. He opens new karung ex-USA every Tuesday morning.
Go early, before 10, and say you know me for a little discount 🤫
Not sponsored, I just love this guy"""),

("post", "creator_recommends_seller", 1, 1, 1, 1, """Bandung girlies!! 🥹
If you go to Gedebage, find Teh Yuyun's stall, it's the one with pink terpal. Her Japanese bale blouses are the cleanest I've seen, 20-35k each.
She also takes orders by WA now (0896xxxx), send her what you're looking for and she'll video call.
#gedebage #thriftbandung #bajubekasimport"""),

("review", "review_names_kiosk", 1, 1, 1, 1, """★★★★★
Best thrift kiosk in the whole market. Toko Barokah Jaya (lantai 2, no 118) always has fresh bal from Korea and the owner lets you dig without rushing.
Bought 2 coats for 150k total, fits perfectly.
Tip: they post new stock on IG @barokahjaya.thrift every morning, you can order online too. Highly recommend!"""),

("review", "review_names_kiosk", 1, 1, 1, 1, """5/5. Came here with my sister visiting from Perth. Thrift Garage Denpasar is small but stacked: used Japanese denim, workwear, bags, all from imported bales they sort themselves.
Prices 60k-250k, owner Made speaks great English and ships to hotels.
Will be back next trip, already following their shop page."""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """📢 BROADCAST — NEW ARRIVAL 📢
Hi all, tmr we open 5 bales from Japan lah. Kids mix + ladies top.
Walk-in at our Batam Center unit from 10am, or can book video call.
Ladies top $2 SGD or 25k rupiah, kids 15k.
Got Singapore customers coming also, so come early hor, don't say I never tell you 😂
Reply STOP to unsub"""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """*WEEKLY UPDATE THRIFT GROSIR*
Stok minggu ini:
- Bale Korea jaket 4.6jt
- Bale Japan mix 4.2jt
- Karung tas 2.9jt
- Sortiran kaos vintage 175k/kg
All stock in Jakarta Utara gudang, bisa ambil sendiri.
Order by replying nama + item + qty. Thank u for trusting us guys 🙏"""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """Morning fam! ☀️
Quick info: the shipment from Tawau arrived in Nunukan last night, so we have balpres again starting today.
Men's kemeja, celana kerja, safety boots (used, but very strong).
Price per ball still same, 3.3jt. Retail in toko also open.
Reply this message to book, no booking = no guarantee"""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """Hi everyone, Kak Tasya here 💕
Jastip Pasar Senen opens again this Sunday! I'll go hunting in the thrift floor for you.
Send me what you want (size, color, budget) and I'll pick from the fresh imported karungan.
Fee jastip 15k/item + ongkir. DP 50%.
Close order Saturday 9pm. Let's goo"""),

("post", "regional_code_word", 1, 1, 1, 1, """Monza Medan is back baby 😎
New ball just opened at my lapak, full of jaket kulit and coat from Korea.
Prices friendly for kantong mahasiswa, mulai 30k.
Come to Pajak Melati, look for "Lapak Sinaga Brothers", or order by DM.
Ship out of Medan OK, ongkir ditanggung pembeli"""),

("post", "regional_code_word", 1, 1, 1, 1, """Cakar Makassar update 🛍️
Sy buka karung baru tadi pagi, isinya celana kargo + kemeja flanel from Japan, still very nice condition.
Harga 35k-70k. Toko di dekat Pasar Butung, tanya aja "cakar kak Iwan".
Can send to Kendari, Palu, Gorontalo via kapal or JNE. DM for photo."""),

("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul but make it aesthetic ✨
We sort the bal so you don't have to dig for 3 hours lol
Every piece washed, steamed and photographed. Sweaters 40k, skirts 35k, bags 50k.
Shop opens Saturday at our garage in Sleman, or checkout via Shopee (link in bio). Import only, no local stuff."""),

("comment", "seller_reply_comment", 1, 1, 1, 1, """@rizkyyy_ hi kak, yes still available! The jaket is from our Korea bale batch last week, size L fits M-L.
Price 120k, minus only small stain on the cuff (see slide 4).
If you want, checkout via link in bio or DM me your address, I'll keep it for you until tonight.
Thank you for asking 🙏"""),

("comment", "seller_reply_comment", 1, 1, 1, 1, """Replying to everyone asking for harga bale: Japan mix 4.4jt, Korea winter 5jt, UK coat bale 6.5jt. All sealed from the importer.
We don't answer in comments anymore because too many, please DM or WA 0878xxxx.
Yes we ship to NTT and Papua, ongkir cargo laut."""),
]
