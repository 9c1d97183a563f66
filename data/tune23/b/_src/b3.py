# Batch 3: illegal offers of imported used clothing in English / half-English. Hand-written.
# tuple: (kind, category, offer, used, clothing, abroad, text)
B3 = [
("listing", "plain_offer", 1, 1, 1, 1, """READY STOCK Japan bale grade A 🇯🇵
Mixed men's jackets, approx 100 kg per bale, 5jt per bale (nego for 3+ bales).
Stock in our gudang Bekasi, can send via cargo all over Indonesia.
DM to order or WA 0812xxxx. First come first serve sis!"""),

("listing", "plain_offer", 1, 1, 1, 1, """Korea bale open for order 🇰🇷✨
Hoodie/sweater mix, grade A+B, 45 kg/bale = 3.8jt
Jeans mix grade A, 50 kg = 4.2jt
All from Busan, sorted, no rags inside. Transfer first, send from Tanjungpinang in 2 days.
Serious buyer only, no PHP pls"""),

("profile", "ig_bio_shop", 1, 1, 1, 1, """@thriftlab.jkt 🧥 Imported thrift Jakarta
Japan & Korea preloved jackets | hand-picked from the bales every week
Drop every Thu 8pm on IG Live
Shipping all Indonesia 📦 | Order = DM only
Offline: kiosk 2nd floor, Pasar Senen Blok III"""),

("profile", "ig_bio_shop", 1, 1, 1, 1, """Bale Supplier Medan 🌍 | UK • Japan • Korea
Balpres original, unopened, direct from container at Belawan
Retail & grosir | reseller welcome
WA 0813xxxx (fast resp) | TikTok: same name
Testimoni in highlight ⭐"""),

("live", "live_sale_call", 1, 1, 1, 1, """LIVE NOW 🔴 bongkar bal Jepang fresh from the container!!
Guys we open a new bal tonight, outer jaket semua, Uniqlo, Muji, Workman ada.
Price start 35k, comment "mine" + number then checkout at the yellow cart.
Stay until the end, I will open the second karung at 10pm!! Share to your bestie"""),

("live", "live_sale_call", 1, 1, 1, 1, """okay welcome welcome to the new viewers 🙌
this is our Korea bale, literally just arrived from Batam this morning, still smells like the container lol
every piece 25k, the one with tag branded 50k
comment the code, I count to three, admin will lock. No cancel ya guys, cancel = blacklist"""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """*BROADCAST* 📢 New shipment landed Batam
Japan ladies mix – grade A – 100kg – Rp 4.5jt
UK winter coats – grade B – 80kg – Rp 3.2jt
Korea kids mix – grade A – 45kg – Rp 2.9jt
Limited koli only, book with DP 50%, balance before dispatch.
Reply this msg to book. Don't forward pls 🙏"""),

("message", "whatsapp_broadcast", 1, 1, 1, 1, """Hi boss, this week we got a lot of stock from Port Klang, all bundle Japan and UK.
Jacket mix RM can't, price in rupiah ya, 5.5jt per bale, shoes per karung 3jt.
Can ship to Dumai or straight Pekanbaru. Tell me quick, last time finish in 2 days only lah.
Contact 0812xxxx (WA only, no call)"""),

("message", "wholesaler_dm", 1, 1, 1, 1, """Dear customer,
We are importer of secondhand clothing from Korea and Japan with warehouse in Batam. Monthly supply 2 containers.
Grade: Cream / A / B. Categories: jeans, outer, t-shirt, shoes, bags.
For new reseller we give special price first 5 bales. Payment TT or transfer. Delivery by ship to Jakarta, Medan, Pontianak.
Please reply for our price list.

Price list (per bale, Batam warehouse price, not include shipping):
- Japan outer cream grade, 100 kg: Rp 7.800.000
- Japan outer grade A, 100 kg: Rp 5.900.000
- Korea t-shirt summer mix, 100 kg: Rp 4.300.000
- UK sweater & cardigan, 80 kg: Rp 3.600.000
- Shoes mix per karung (approx 35 pair): Rp 3.100.000
Shipping by ship to Tanjung Priok around 4-6 days, we handle everything until your gudang. Minimum order 3 bales for ship, 1 bale if you pick up yourself in Batam.
Best regards, Marketing Team (WA 0812xxxx)"""),

("post", "reseller_recruit", 1, 1, 1, 1, """OPEN RESELLER 🔥 no need capital, no need stock!
Just repost our thrift Korea pics, you set your own price, we send direct to your customer.
All items imported preloved, hand-sorted from the bale, condition 8-9/10.
Join our group, slot limited 50 people only. DM "JOIN" 🙌 #resellerthrift #dropshipthrift"""),

("post", "reseller_recruit", 1, 1, 1, 1, """Looking for dropshipper & reseller across Indonesia!
We are bale supplier in Bandung (stock from Gedebage container), can sell retail by piece for your online shop.
Reseller price from 15k/pc, min order 20 pcs, free repack with no brand of our shop.
Interested? Comment "mau" and I'll send the catalog."""),

("post", "creator_referral", 1, 1, 1, 1, """my thrift haul this week!! 💸 everything under 100k
the Carhartt, the Stüssy tee and the Nike ACG pants all from @karung.kece, they drop Japan bale stuff every Saturday night
use my code NANA10 for 10% off your first order 🫶
not sponsored (ok they gave me the pants lol) #thrifthaul #thriftindonesia"""),

("post", "creator_referral", 1, 1, 1, 1, """Guys so many of you asked where I get my vintage jackets. it's kiosk 47 at Pasar Senen, the uncle named Pak Romli 👴
he gets the Japan bale every Tuesday, so come Tuesday afternoon for first pick.
tell him you come from my TikTok, he will give you discount. Trust me, worth the trip!!"""),

("review", "review_recommend_named_shop", 1, 1, 1, 1, """★★★★★ Best thrift kiosk in Gedebage!
"Toko Jaket Abah Iwan" at block C always has fresh Korea and Japan bale stock. I bought 4 jackets for 200k.
Abah also sells per karung if you want to start your own shop, and he ships outside Bandung.
Ask for the back room, that's where the grade A is. Highly recommend 👍"""),

("listing", "carousell_listing", 1, 1, 1, 1, """[WTS] Vintage Levi's bundle, ex-USA bale 🇺🇸
Lot of 10 pairs 501/505, waist 30-34, condition mixed 7-9/10, some with red tab.
Rp 1.5jt for all, or 180k per pc. Pick up Kelapa Gading or ship JNE.
More from the same bale coming next week, follow for update."""),

("listing", "marketplace_listing", 1, 1, 1, 1, """PAKET USAHA THRIFT 🔥 Starter pack for new online shop
1 karung mix Korea (approx 150 pcs): t-shirt, kemeja, celana, outer
Random but guaranteed layak jual, 80% wearable
Price 2.75jt include ongkir Java. Perfect for live TikTok, ROI 3x guaranteed!
Ready, just checkout."""),

("listing", "jastip_market", 1, 1, 1, 1, """JASTIP SENEN every Saturday 🛍️
Can't come to Jakarta? I go hunting in the import thrift stalls for you!
Send me your size, style & budget, I send pics live from the kiosk, you choose.
Fee 20k/item + ongkir. Slot 15 people per week. DM to book 💌"""),

("listing", "po_from_abroad", 1, 1, 1, 1, """PO BALE KOREA batch 6 🚢
Close order 20th, ship from Incheon to Batam, arrive your place around 3 weeks.
Outer grade A 100 kg: 6.2jt | Summer mix 100 kg: 4.9jt
DP 30%, the rest when arrive Batam. Shipping inside Indonesia separate.
Already 14 bales booked, 6 left!"""),

("post", "regional_code_word", 1, 1, 1, 1, """Monza Medan ready!! 🔥 baru bongkar dari Belawan
Jaket kulit, hoodie, training jacket mostly Korea, price 30k-120k per piece.
Can send to Aceh, Riau and Padang, packing safe.
Shop at Pajak Melati lane 4 or order from here, DM sis 😘 #monzamedan #pajakmelati"""),

("post", "regional_code_word", 1, 1, 1, 1, """Cakar fresh from the karung guys! 🦶😂
Makassar people you know the vibe, first open today, baju kantoran and jeans, 20k-50k only.
Shop at our stall in Pasar Butung or order via WA 0852xxxx, GoSend available.
Cap karung quality, not cheap stuff from the mall ✌️"""),

("post", "regional_code_word", 1, 1, 1, 1, """Lelong baru masuk from Kuching via Entikong 📦
Men's jackets, ladies blouses, kids clothes all from the bundle, 10k-60k.
Pontianak area COD ok, outside send by JNT. Tag your friends who love lelong hunting!
Location: our house store, Jl. (DM for address)"""),

("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul Bali is back 😎 new karung open every Monday
Rain jackets, sweaters, denim, all from Australia and Japan bundles.
Best price for surfers & tourists, 30k-100k. Find us in Denpasar near the old Kreneng stalls or DM for ship to Lombok."""),

("post", "thrift_shop_promo", 1, 1, 1, 1, """Thrift Shop Bandung 🛒 restock hari ini!
Crewneck, hoodie & flannel, 25k-75k only, all original import. Weekend spesial buy 3 free 1.
Come to our store on Jl. Cikutra (next to the laundry) or order online, link in bio.
#thriftshopbandung #thriftbandung #bajuthrift"""),

("post", "thrift_shop_promo", 1, 1, 1, 1, """which is our new spot literally so aesthetic 🤍 Thrift Corner Jaksel officially open!
Curated from Japan bales, every piece washed and steamed, price range 60k-350k.
Soft opening this weekend, 20% off for the first 50 customers.
Come to Blok M, 2nd floor above the coffee shop ☕ #thriftjakarta"""),

("comment", "comment_offer", 1, 1, 1, 1, """@rina_dw sis if you looking for the jacket like that, I have! Stock from Japan bale, size L, only 85k.
Still many others, check my highlight "Outer". Can COD Depok or ship. DM ya 🙏"""),

("comment", "comment_offer", 1, 1, 1, 1, """Replying to @budi.kw: yes we still sell per kilo bro. Korea mix sortiran 65k/kg, minimum 10 kg.
Stock came from Tanjungbalai this week. Chat our admin 0812xxxx, we also send to Kalimantan."""),

("message", "singlish_broadcast", 1, 1, 1, 1, """Eh boss, new lot reach Batam already leh 😁
Japan jacket grade A, 100 kg per bale, can go Senen or Medan direct, we arrange boat one.
Price good, limited only, dun wait ah. Whatsapp me 0812xxxx, got photo and video of every bale."""),

("message", "jaksel_broadcast", 1, 1, 1, 1, """Hi guys, which is this week we literally got the best batch so far 😭
Korea outer bale grade cream, kinda rare, price per bale 7jt, or retail per pcs 80-150k.
Honestly first come first serve ya, basically yang DP duluan dapet.
Slide to DM or WA admin 0811xxxx ✨"""),

("listing", "shoes_bag_offer", 1, 1, 1, 1, """Sepatu second import per karung 👟
Mixed sneakers ex-Korea, approx 40 pairs per karung, Nike/Adidas/NB/Vans campur.
Grade A (wearable, cleaned) 3.5jt | Grade B (need repair) 2jt
Also ready tas branded second from Japan per koli. Warehouse in Surabaya, cargo all Indonesia."""),

("listing", "shoes_bag_offer", 1, 1, 1, 1, """Preloved Japan bags! 👜 straight from the bale, LV, Coach, Kate Spade, Samantha Thavasa
Condition 7-9/10, authenticity not guaranteed for the price lol, 150k-900k.
Open PO next bale arrive 2 weeks, DP 50%. List in story highlight."""),

("post", "dumai_route_offer", 1, 1, 1, 1, """Ready balpres via Dumai 🚢 Pekanbaru & Riau area
Mix UK and Japan, per bale 4-6jt depend grade. Can take from our place in Dumai or we send by truck.
Also available open per kilo for small seller, 55k/kg.
Contact admin, price will change after this week."""),

("post", "live_schedule_promo", 1, 1, 1, 1, """📅 LIVE SCHEDULE THIS WEEK
Mon 8pm – Korea hoodie bale
Wed 8pm – Japan workwear & denim
Fri 9pm – USA vintage tee karung, 20k all!!
Sat 2pm – shoes from the koli
Set your alarm, turn on notif. Shop name same as this account 😉 #bongkarbal #thriftlive"""),

("post", "secret_keyword_offer", 1, 1, 1, 1, """since TikTok keep takedown our video, we use new word ya guys 🤫
"PL J" = preloved from Japan bale, "PL K" = from Korea karung
Everything 30-90k, stock update every Tuesday. Order DM only, type the code + size.
We ship Java and Sumatra 📦"""),

("review", "review_recommend_named_shop", 1, 1, 1, 1, """Google review ⭐⭐⭐⭐⭐
If you want real import thrift in Bogor, go to "Lapak Mas Dimas" at Kebon Kalapa. He opens new bale every Friday, all jackets from Japan.
He also sells per koli to resellers and delivers to Jakarta. Fair price, friendly. Already my 5th time buying, recommended!"""),

("post", "haul_with_handle", 1, 1, 1, 1, """POV: you spend your whole salary at a bale live 😭😭
Fleece, windbreakers, a North Face vest, all from @gudangbal.tpi in Tanjungpinang, they open the Korea karung every night at 9.
Sis is so fast at the checkout, honestly go follow them before everything sold out. #thrifthaul"""),

("message", "group_offer", 1, 1, 1, 1, """[Thrift Seller Group Jabodetabek]
Hi all, I have 3 bale leftover from this month, Japan ladies mix and UK sweaters, unopened.
Want to let go at modal price 3.9jt each, pickup Cakung or I send via Lalamove.
PM me, who fast get. Photos of the bale label in comment."""),
]
