# Batch 3: legal news, opinion, own preloved, new goods, charity, swaps, other goods, abroad shops, jobs
RECORDS = [
("article", "hn_news_seizure", 0, 1, 1, 1, """BATAM — Customs officers in the Riau Islands intercepted a wooden boat carrying more than 300 bales of used clothing off the coast of Batam early on Tuesday, officials said.
The vessel had set out from a Malaysian port and was heading for a small jetty on the island's western shore when a patrol unit stopped it. Its crew of four was detained for questioning.
A spokesman for the local customs office said the bales, mostly shirts, jackets and children's wear, would be destroyed after the investigation. He added that smugglers frequently switch landing points to avoid patrols.
Indonesia prohibits the import of secondhand clothing under a 2021 trade ministry regulation, amended in 2022."""),

("article", "hn_news_seizure", 0, 1, 1, 1, """Police in North Sumatra said on Friday they had seized six trucks loaded with compressed sacks of secondhand garments that were allegedly brought in through Tanjungbalai without import documents.
The trucks were stopped on the Trans-Sumatra highway while heading toward Medan, where the goods were expected to be sold in the city's well-known monza markets, according to a police statement.
Investigators estimated the cargo at roughly 900 bales. The drivers told officers they had been paid per trip and did not know the owner of the goods.
Traders at Medan's markets say supply has become erratic since enforcement tightened, pushing up wholesale prices."""),

("article", "hn_news_seizure", 0, 1, 1, 1, """Nunukan, North Kalimantan — Border officials at Nunukan have stepped up inspections of cargo boats arriving from Tawau in Malaysian Sabah after a string of seizures of used clothing this year.
In the latest case, officers found about 140 sacks of secondhand clothes and shoes hidden beneath sacks of onions. The boat's skipper has been named a suspect.
Residents on both sides of the border have long traded in cheap used clothing, which locals refer to as "barang Tawau". Officials say the trade undermines small garment makers in the province."""),

("article", "hn_news_policy", 0, 1, 1, 1, """JAKARTA — Indonesia's trade ministry said on Monday it would work with e-commerce platforms to remove listings for imported secondhand clothing, as part of a wider push against a trade it blames for hurting the domestic textile industry.
A ministry official told reporters that keywords such as "bale" and "balpres" would be monitored and that platforms had agreed to take down offending listings within days of a report.
Small traders at Jakarta's Pasar Senen said they feared losing their livelihoods. "We only sell what arrives. If there are no bales, we have nothing," one trader, who asked not to be named, said.
The import of used clothing has been banned under Permendag 18/2021, as amended by Permendag 40/2022."""),

("article", "hn_news_feature", 0, 1, 1, 1, """At 6 a.m. the third floor of Jakarta's Senen market is already full of noise. Sellers slice open plastic-wrapped bundles with box cutters and tip out jackets, jeans and sweaters onto tarpaulin sheets, where regular customers, many of them online resellers, are waiting.
Most of the bundles, traders say, were shipped from South Korea or Japan and came through ports in Sumatra or the Riau Islands. Officially, none of it should be here.
"My father sold here, now I sell here," said a trader in his forties who gave his name as Rudi. "They ban it every few years. And every few years, people still come."
For young shoppers the appeal is simple: branded clothes at a fraction of mall prices, and the thrill of the hunt."""),

("article", "hn_news_feature", 0, 1, 1, 1, """SINGAPORE — Shoes donated to a recycling programme in Singapore were later tracked to secondhand markets in Indonesia, according to an investigation that placed location trackers inside the footwear.
Several pairs turned up in stalls in Batam and on the outskirts of Jakarta, where vendors sell used shoes unpacked from bulk sacks. The findings prompted the Indonesian government to announce stricter checks at ports.
The programme's operator said it was reviewing its partners. Environmental groups said the case showed how hard it is to follow clothing and footwear once it enters the global secondhand trade."""),

("article", "hn_news_destruction", 0, 1, 1, 1, """Officials in West Java set fire to hundreds of bales of confiscated used clothing on Wednesday in a public ceremony attended by the trade minister.
The bales, seized from warehouses in Bandung and Bekasi earlier this year, were said to have come from South Korea, Japan and China. Environmental activists criticised the burning, saying the garments could have been shredded for insulation or recycled.
The minister said destruction was required by law and warned importers that further raids would follow. Market traders in nearby Gedebage watched the ceremony with concern."""),

("article", "hn_news_trader_quote", 0, 1, 1, 1, """Traders at Pasar Gedebage in Bandung say the latest crackdown has left many stalls half empty ahead of Ramadan, usually their busiest season.
"Before, I could get two or three bales a week. Now maybe one a month, and the price is almost double," said Neneng, 46, who has sold used blouses at the market for more than a decade.
She said customers still come looking for cheap clothes for Idul Fitri. "People here cannot afford new clothes from the mall. What should they wear?"
Local officials have promised training for traders to switch to selling locally made goods, but few at the market said they had heard of the programme."""),

("article", "hn_news_ecommerce", 0, 1, 1, 1, """Indonesia's biggest online marketplaces removed tens of thousands of listings for imported secondhand clothing over the past quarter, an industry association said on Thursday.
The association said sellers increasingly avoid obvious words like "bale" or "import second", using emoji, misspellings and codes such as "b4l" or "karungan" to evade filters.
Livestream sales of bale openings, popular on short-video apps, are harder to moderate because the offers are spoken rather than written, the association added.
The trade ministry has asked platforms to share data on repeat offenders."""),

("article", "hn_oped", 0, 1, 1, 1, """Opinion: Banning thrift won't save the textile industry
Every crackdown on imported used clothing follows the same script: bales are burned on camera, ministers speak of protecting local industry, and a few months later the markets in Senen and Gedebage are full again.
The problem is not that young Indonesians love bale jackets. It is that new domestic clothes of similar quality are too expensive for them, and factories are closing for reasons that have little to do with thrift — energy costs, cheap new imports and weak demand.
If the government is serious, it should make legal, local secondhand trade easier, tackle the big smuggling networks rather than stall owners, and invest in mills. Burning sacks makes for good television, not good policy."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Executive summary (draft)
This brief examines the flow of secondhand clothing from East Asia into western Indonesia. Interviews with 32 traders in Medan, Batam and Pekanbaru suggest that bales typically arrive via Port Klang and cross the Malacca Strait on small vessels, landing at informal jetties near Tanjungbalai and Dumai.
An estimated 20-40% of each bale is unsaleable and is dumped, burned or sold as rags. We recommend that regulators distinguish between large importers and small retailers, and that exporting countries take greater responsibility for the end-of-life of donated garments."""),

("article", "hn_academic", 0, 1, 1, 1, """Abstract. This paper analyses consumer attitudes towards "thrifting" among university students in Yogyakarta and Bandung (n = 412). Respondents overwhelmingly associated thrift with imported bales from Japan and South Korea, and 71% reported buying secondhand clothing at least once in the past year despite awareness of the import ban.
Price, uniqueness of items and perceived sustainability were the main motives, while hygiene concerns were the main barrier. We discuss implications for enforcement under Permendag 40/2022 and for the promotion of domestic circular fashion."""),

("post", "hn_oped", 0, 1, 1, 1, """Thread on why I stopped buying bale thrift (not preaching, just sharing):
1. I visited a riverbank in Sumatra where unsellable clothes from bales were piled and burned. The smell stays with you.
2. A tailor friend lost half her customers when the thrift boom started.
3. The big money isn't with the stall owners, it's with whoever moves the containers.
I still love secondhand. I just buy from people's own closets now."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Selling my own preloved dresses 🌸 decluttering before I move to Melbourne!
1. Zara floral midi, worn twice, size S — 120k
2. Linen wrap dress, bought at Pondok Indah Mall, worn to 1 wedding — 150k
3. Black slip dress, never fits right lol, worn once — 90k
All from my own closet, non-smoking pet-free home. South Jakarta COD or GoSend. DM me!"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """[Preloved] Men's office shirts, size L, my husband's old work clothes
Uniqlo and Executive brands, 7 pieces, all washed and ironed. Some collars a bit faded.
Bought new in Surabaya malls over the past 3 years, he changed jobs and now wears kaos every day haha.
50k each or 300k all. Pickup in Rungkut."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """closet cleanout!! everything is mine, bought new here in Bandung, just doesn't spark joy anymore ✌️
- knit vest, worn 3x, 60k
- wide jeans, hemmed to 155cm height, 85k
- Converse high tops, size 38, used one semester, 200k
not thrift bale stuff, all genuinely my own. shipping from Bandung, buyer pays ongkir"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Kids clothes preloved bundle (own use) 👶
My son outgrew everything size 2-3T. 25 pieces: t-shirts, shorts, 2 jackets, pajamas. Mostly Carter's and local brands bought at Matahari and Mothercare.
Selling as one lot 250k so I can clear the wardrobe. Clean, no big stains. Pick up in Tangerang Selatan."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """NEW DROP: "Thrift Look" collection 🧥
Faded denim jackets, boxy flannels and washed tees that look like you dug them from a vintage pile — but 100% brand new, sewn in our workshop in Bandung.
No bale, no bekas, no mothball smell 😉
Sizes S-XXL, 149k-289k. Available at our Shopee and Tokopedia store."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Vintage-style graphic tees, BRAND NEW (not second!)
We print 90s-style designs on heavyweight cotton, then stone-wash them so they feel like a thrift find.
Made in Jogja by a small team of 6. Each tee 99k, 3 for 270k.
Ready stock, ships same day before 3pm."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Love the thrift aesthetic but hate digging through piles? Same 😅
That's why we made "Archive Vibes" — new cardigans and pleated skirts inspired by Japanese vintage, produced locally in Pekalongan.
BNWT, each piece with our tag. Launch this Friday 7pm, link in bio.
#localbrand #vintagestyle #madeinindonesia"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Workwear jacket, washed canvas, "used look" finish
Brand new, never worn, comes in plastic with tag. The distressing is done at the factory, so it looks like an old Carhartt without being one.
Colors: brown duck, olive, black. 350k, free ongkir Java.
Produced in Solo, we are a local brand, not reseller."""),

("listing", "hn_new_import_legal", 1, 0, 1, 1, """NEW Korean fashion import — official distributor 🇰🇷
Brand new knit cardigans and blazers, direct from Dongdaemun, imported with complete documents (API, Bea Cukai cleared, SNI label).
Sealed in plastic, tags on. Grosir price from 12 pcs.
Showroom Tanah Abang Blok A. This is not thrift/second, everything new."""),

("post", "hn_new_import_legal", 1, 0, 1, 1, """Jastip Japan 🇯🇵 — Uniqlo, GU, Muji new season
I'm in Osaka until 20th, taking orders for NEW items only, with receipt from the store.
Fee 15% of item price, shipping by air, arrives Jakarta ~2 weeks.
No used/second items, sorry, don't ask 🙏 Order form in bio."""),

("listing", "hn_new_import_legal", 1, 0, 1, 1, """Brand new Nike Air Force 1 imported from the US, 100% original, with box and receipt.
Bought for my brother but wrong size. Size 43, never worn, still has the paper inside.
2.1jt nett. Can meet at Grand Indonesia or ship."""),

("post", "hn_charity_sale", 1, 1, 1, 0, """Charity bazaar this Saturday at SD Tunas Harapan hall 💛
Parents donated their kids' outgrown uniforms, shoes and clothes, all washed and sorted.
Prices 5k-20k, proceeds go to the library renovation fund.
Open to everyone, 8am-12pm. Bring your own bag please!"""),

("post", "hn_charity_sale", 1, 1, 1, 0, """Church rummage sale 🙏
Our congregation in Kupang collected used clothes from members: shirts, dresses, kebaya, children's clothes.
Sunday after second service, behind the church hall. Everything 10k, or fill a bag for 50k.
Money goes to families affected by the floods. Donations of clothes still welcome until Friday."""),

("post", "hn_charity_sale", 1, 1, 1, 0, """Garage sale for a cause — Bintaro Sektor 9 🏡
Our neighbourhood RT gathered secondhand clothes, bags and shoes from residents. All local donations.
All profit goes to Bu Siti's cancer treatment.
Saturday & Sunday 7am-1pm. Come by, buy something, share this post please!"""),

("post", "hn_swap", 0, 1, 1, 0, """Clothing swap meet-up, Jakarta Selatan 🔄
Bring up to 5 items from your own wardrobe (clean, wearable), take home up to 5 items from others. No money involved.
Taman Langsat, Sunday 9am. Leftovers go to a shelter.
Please no bale stuff or anything you bought to resell, this is a personal swap only."""),

("comment", "hn_swap", 0, 1, 1, 0, """Anyone in Denpasar want to swap? I have a bunch of my own kebaya and sarongs I don't wear anymore, size M.
Looking for men's shirts for my husband, size L.
No selling, just trade. Reply here or DM."""),

("listing", "hn_other_used_goods", 1, 1, 0, 1, """For sale: used Toyota Alphard 2015, ex-Japan import (recond), CBU, complete papers.
Mileage 78,000 km, sunroof, leather seats, one owner since landing in Indonesia.
Price 520jt nego. Located in Jakarta Utara. Serious buyers can inspect anytime.
Contact 0811xxxx (call/WA)."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0, """Selling my used iPhone 13, 128GB, bought at iBox Jakarta (official), battery health 86%.
Minor scratches on the frame, screen perfect, always with case. Box and cable included.
7.2jt, COD around Kelapa Gading. No trades please."""),

("listing", "hn_other_used_goods", 1, 1, 0, 1, """Second camera body Fujifilm X-T3, ex-Japan (I bought it used in Tokyo last year).
Shutter count ~18k, works perfectly. Comes with 2 batteries and charger.
Selling because I upgraded. 11.5jt. Located in Bandung, can meet at a mall."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0, """Moving out sale 🏠 — used furniture, all from our apartment in Kemang
- IKEA sofa, 3 seater, grey, 2.5jt
- dining table + 4 chairs, 1.8jt
- fridge Sharp 2 pintu, 1.5jt
Everything in good condition. Must go by the 30th. Buyer arranges pickup."""),

("listing", "hn_bale_nonclothing", 1, 0, 0, 1, """Imported alfalfa hay bales from Australia 🐴
Ideal for horses, rabbits and goats. Each bale ~25 kg, fresh cut, low dust.
Price 650k per bale, minimum 5 bales. Warehouse in Bogor.
All imports with quarantine certificate."""),

("listing", "hn_bale_nonclothing", 1, 1, 0, 1, """We supply OCC (old corrugated cardboard) bales imported from the US and Europe for paper mills.
Bale weight 500-900 kg, moisture < 12%, prohibitive content below 0.5%.
Price per ton CIF Surabaya on request. Requires importer registration for non-hazardous waste.
Email our sales team for specifications."""),

("listing", "hn_bale_nonclothing", 1, 0, 0, 1, """Raw cotton bales, imported from Brazil and the US, for spinning mills.
Grade Middling, staple 1-1/8", micronaire 3.8-4.9. Each bale approx 225 kg.
Minimum order 1 container (around 100 bales). Delivery ex-warehouse Semarang.
Contact our trading desk for the latest price."""),

("profile", "hn_abroad_bundle_shop", 1, 1, 1, 0, """Bundle Bonanza Kajang 🇲🇾
Kedai bundle walk-in only, Jalan Reko, Kajang. Stok dari bundle Jepun & UK every Monday.
Open 11am-9pm daily except Wednesday.
Sorry, we DO NOT post overseas, no shipping to Indonesia or Singapore. Local Malaysian customers only ya."""),

("review", "hn_abroad_bundle_shop", 1, 1, 1, 0, """★★★★★ 
Visiting KL from Jakarta and my Malaysian friend brought me to this bundle shop in Petaling Jaya. Enormous racks of used jackets and denim, super organised compared to back home.
Bought a Barbour jacket for RM45 and wore it back on the plane. Staff said they only sell in-store in Malaysia, no export.
A must-visit for thrift lovers in the Klang Valley."""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA — warehouse helper (2 people)
Our company in Cikarang sorts and grades bales of imported used textiles for recycling into fibre, under a permit from the industry ministry.
Tasks: open bales, sort by material, weigh and record. Shift 8am-5pm, salary UMK + makan.
Send CV to HR (email in bio). Not a sales job."""),

("post", "hn_job_vacancy", 0, 0, 1, 0, """We're hiring: Sewing operator & QC staff 🧵
Local garment brand in Bekasi producing new streetwear. Experience with jahit overdeck preferred.
Fresh grads welcome, training provided. Salary + BPJS.
Apply via the link in bio before 15 March."""),

("post", "hn_donation_request", 0, 1, 1, 0, """Donation drive 🙏 Flood victims in Demak need clothes urgently.
We're collecting used clothes that are still decent, especially kids' clothes, sarong, mukena and blankets.
Drop off at our posko in Semarang (Jl. Pemuda) until Sunday, or send by courier.
Please wash before donating. Thank you so much, every piece helps."""),

("listing", "hn_majun", 1, 0, 0, 0, """Majun / kain lap industri for workshops and factories
Made from cut textile scraps collected from local konveksi, high absorbency, for oil and machine cleaning.
Rp 7.000/kg, minimum 50kg, packed in karung 25kg.
Delivery area Jabodetabek. Invoice and tax available."""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Sisa ekspor & reject garmen, NEW (not second hand)
Overruns from a garment factory in Sukabumi that produces for export brands. Minor defects like crooked labels or uneven hems.
Hoodies 60k, chinos 75k, polos 45k. Still with plastic.
Grosir from 50 pcs. Cek katalog di WA 0815xxxx."""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Reworked by hand ✂️ 
These tote bags are made from my grandma's old batik sarongs and my dad's worn-out jeans. Every piece is one of a kind.
No imported stuff, all from our family and neighbours in Solo.
120k-180k each, open PO this week, ready in 10 days."""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Upcycled denim jackets 💙
We collect used jeans from friends and customers in Malang (you get 10% off if you donate yours!), then patch, paint and rebuild them into jackets.
Local circular fashion, no bales, no imports.
Jackets 250k, custom painting +100k. Workshop visit by appointment."""),

("profile", "hn_domestic_secondhand", 1, 1, 1, 0, """Lemari Tetangga — consignment preloved 🧺
We sell secondhand clothes consigned by people in Jakarta: you bring your own clothes, we sell, you get 60%.
100% local wardrobes. We do NOT sell bale or imported used clothing, never have.
Store in Tebet, open Tue-Sun 10-19."""),

("post", "hn_domestic_secondhand", 1, 1, 1, 0, """A lot of people ask if our thrift is "bale Korea". Nope! 🙅‍♀️
Everything in our shop comes from local closets — we buy preloved clothes from people in Surabaya and Sidoarjo, wash them and resell.
Legal, traceable, and you're helping your neighbour declutter.
New batch Friday night on our IG, see you there."""),
]
