# Batch 2: legal records (news, NGO, own preloved, new goods, charity, swaps, other used goods, non-clothing bales). Hand-written.
# tuple: (kind, category, offer, used, clothing, abroad, text)
B2 = [
("article", "hn_news", 0, 1, 1, 1, """BATAM - Police in the Riau Islands detained a wooden boat off Nongsa early on Tuesday carrying an estimated 380 bales of used clothing believed to have been loaded in Port Klang, Malaysia.
Officers said the crew of five had no import documents and planned to unload the sacks at an unofficial jetty at night.
Importing second-hand clothing has been prohibited under Trade Ministry rules since 2022. The bales will be destroyed, an official said."""),

("article", "hn_news", 0, 1, 1, 1, """JAKARTA (Reuters-style report) - Traders at Jakarta's Senen market say business has dropped by half since authorities stepped up raids on imported used clothing.
"We only sell what the big suppliers bring. If they stop, we stop," said one trader who sells second-hand jackets from Japan and asked not to be named.
The government says the trade hurts local garment makers, which have shed tens of thousands of jobs in recent years, and poses health risks."""),

("article", "hn_news", 0, 1, 1, 1, """Customs officers at Tanjungbalai Asahan seized 1,240 sacks of secondhand clothes and shoes from two vessels that had sailed from Malaysia, the regional customs office said on Friday.
The goods, valued at around Rp 3.1 billion, were found under cargoes of onions and coconut.
Under Permendag 18/2021 as amended by Permendag 40/2022, used clothing, bags and sacks are on the list of goods banned from import."""),

("article", "hn_news", 0, 1, 1, 1, """Indonesia to work with e-commerce platforms on thrift ban
The Ministry of Trade said it had asked major marketplaces and social media companies to take down listings of imported used clothing, including live-stream sales where sellers open bales on camera.
Platforms were given two weeks to report back. Officials acknowledged that many sellers simply relist under new keywords such as "preloved import" or "PL Japan"."""),

("article", "hn_news", 0, 1, 1, 1, """Op-ed | The thrift boom is a symptom, not the disease
Young Indonesians crowding Gedebage and Senen are not villains. They buy imported second-hand jackets because a new domestic one costs a third of a monthly minimum wage.
Seizing bales in Batam makes headlines, but unless local brands can compete on price, the boats from Port Klang will keep coming.
The ban needs to be paired with real support for small garment makers."""),

("article", "hn_news", 0, 1, 1, 1, """NUNUKAN, North Kalimantan - Navy patrols intercepted a speedboat from Tawau carrying 96 karung of used clothing and bags on Sunday night.
Residents along the border have long relied on cheap second-hand goods from Sabah, and officials admit the traffic is difficult to stop.
"We understand the economic situation, but the law is clear," a naval officer told reporters."""),

("article", "hn_news", 0, 1, 1, 1, """The Star (paraphrase of coverage): Malaysian exporters of used clothing say demand from Indonesian buyers remains strong despite Jakarta's ban.
One Klang-based sorter said bales of "Japan grade" jackets were still being collected by small boats, though she said her company only ships legally to Africa and Pakistan.
Indonesian officials have asked Malaysia to help tighten checks at ports along the Strait of Malacca."""),

("article", "hn_news", 0, 1, 1, 1, """West Java raid nets thousands of bales
Authorities raided warehouses in Bandung regency and Bekasi this week, seizing more than 19,000 bales of imported secondhand clothing that had reportedly arrived from China, Japan and South Korea.
Officials said the goods were bound for thrift markets including Gedebage. Traders told local media they had paid suppliers in advance and now face heavy losses."""),

("article", "hn_news", 0, 1, 1, 1, """Pontianak police say they have named three suspects over the smuggling of lelong clothing through the Entikong border post.
The men allegedly hid sacks of used garments under loads of Malaysian snacks in a lorry. The clothes were destined for markets in Pontianak and Singkawang.
Lelong, the local name for second-hand imported clothes, has been sold openly in West Kalimantan for decades."""),

("article", "hn_news", 0, 1, 1, 1, """A report by CNA followed donated shoes placed in a Singapore recycling bin and tracked them with GPS to Batam and later to a market in Jakarta.
The investigation prompted Indonesian officials to promise tighter checks on the small ports of the Riau Islands.
Traders in Batam told reporters the second-hand goods had been arriving for years "like any other cargo"."""),

("article", "hn_academic", 0, 1, 1, 1, """Abstract. This paper examines the informal trade in imported secondhand clothing (locally known as pakaian bekas impor, monza or cakar) in three Indonesian cities.
Drawing on interviews with 42 traders in Medan, Makassar and Bandung, we trace how bales move from sorting plants in Malaysia and South Korea through Belawan and the Riau Islands to retail stalls.
We argue that prohibition has shifted risk onto small retailers while importers remain largely untouched.
Traders describe a layered supply chain: consolidators abroad compress garments into bales of 45 to 100 kilograms, brokers in the Riau Islands or Sabah arrange small-boat crossings, and wholesalers in port towns resell unopened sacks to market retailers, who grade the contents themselves into "first open" pieces and cheaper piles.
Raids in 2023 and 2025 raised prices for retailers by between 20 and 60 percent, according to our respondents, but did not noticeably reduce the number of stalls.
Several traders reported switching to live-stream sales after their kiosks were inspected, which moved the trade out of physical markets and made it harder to monitor.
We conclude with policy options, including a transition scheme for retailers and stronger cooperation with exporting countries on the waste share of each bale."""),

("article", "hn_ngo", 0, 1, 1, 1, """Fact sheet: Textile waste and the used clothing trade in Indonesia
- Rich countries export millions of tonnes of worn clothes every year, much of it in compressed bales.
- A significant share of each bale is unsellable and ends up burned or dumped.
- Indonesia banned imports of used clothing in 2015 and again under Permendag 2022, but bales continue to enter via Batam, Dumai and the Kalimantan border.
Our campaign calls for extended producer responsibility in exporting countries."""),

("post", "hn_ngo", 0, 1, 1, 1, """We spent last month documenting river waste near a thrift sorting area outside Bandung 🌊
Pieces with Korean and Japanese labels everywhere, the rejects from bales that nobody buys.
This is the side of the #thrifting trend that doesn't make it to your feed. Full report on our website (link in bio). #textilewaste #fashionrevolution"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Selling my own preloved dress, worn twice to weddings 💐
Brand: local label, size M, sage green, no stains, dry-cleaned.
Price 175k (bought 450k). COD around Tebet or shipping from Jakarta.
Not from any bale, this is literally from my closet, I'm just moving out and decluttering. DM me."""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Wardrobe clearout 🧺 all personal items, no resellers pls
- Zara blazer, worn 3x, S – 150k
- Converse Chuck 70, size 39, used for a semester – 200k
- Uniqlo airism tees x3 – 50k all
Bought myself in Jakarta malls over the years. Pick up in Depok or GoSend. Chat me!"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Carousell listing: Preloved Coach bag (my own)
Bought at the Coach store in Plaza Senayan in 2021 with receipt, used maybe 20 times. Some scuffs on the corners, shown in pic 4.
Rp 1.8jt nego tipis. Serious buyers only. Meet up at PIM or Gandaria City."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Husband made me choose: the closet or him 😂 so here we go, garage sale at our house in Sanur this Saturday 9-12.
My own clothes, kids' outgrown stuff, shoes, a few batik shirts. Everything we wore ourselves, nothing imported or from the market.
Most items 20-50k. Come say hi! Address via DM."""),

("comment", "hn_own_preloved", 1, 1, 1, 0, """@mira.s yes still available! It's my own jacket, I bought it new at the Uniqlo in Grand Indonesia two winters ago for a Japan trip and wore it only there.
Selling for 300k, it's basically like new. I can ship from Surabaya tomorrow."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """NEW DROP: "Senen Sunday" vintage-wash denim jacket 🧷
Not thrift! Brand new, made in our workshop in Bandung, stone-washed to look 20 years old.
Sizes S-XXL, Rp 289k. Pre-order 7 days. Link in bio.
#vintagestyle #localbrand #thriftlook"""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """People keep asking if our tees are from bales 😅 NO. Every shirt is new, printed in Yogyakarta, then garment-dyed and faded by hand so it looks like a 90s thrift find.
You get the vintage vibe without the mystery stains.
Restock Friday 7pm on our website. 149k each."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Oversized retro windbreaker – BNWT
Colour-blocked 90s style, brand new with tags, produced locally in Solo.
Rp 199.000, sizes M/L/XL. Ready stock, ships from Solo.
(This is not second-hand/imported thrift, we get that question a lot.)"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Jastip Tokyo batch April 🇯🇵
Uniqlo, GU, Muji and Beams: all BRAND NEW with receipts, bought in store by me.
Fee 10% + weight. Close PO 12 April, arrive Jakarta around 25 April. Import duties included.
No used items, no thrift, sorry!"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Official distributor restock: new Korean streetwear from Seoul, imported with full customs documents 📦
Hoodies, cargo pants and caps, all new, sealed in plastic, with hang tags.
Wholesale for shops available, min 12 pcs per model. Contact our office, 0812xxxx (WA)."""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """SMA 8 Charity Bazaar 🎗️ Saturday 14 Sept, school field, 8am-2pm
Preloved clothes, shoes and books donated by our students and parents. Everything 10k-50k.
All proceeds go to the flood relief fund for our neighbours in Kampung Melayu.
Bring your own bag! #charitybazaar #preloved"""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """Church rummage sale this Sunday after the 10am service!
Gently used clothing, kids' clothes, bags and some kitchen items, all donated by our congregation in Kemang.
Pay what you can, suggested 20k per piece. Funds support the orphanage in Bogor. See you there 🙏"""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """Expat Women's Club Jakarta – Annual Preloved Sale 🛍️
Our members have donated clothes, shoes, handbags and children's items. Racks sorted by size, fitting room available.
Entry free, items from Rp 15k. 100% to scholarships for local students.
Venue: community hall, South Jakarta. Doors open 9am."""),

("post", "hn_swap", 0, 1, 1, 0, """Clothes swap party at our coworking space in Canggu 👗👕
Bring 3-5 clean items you don't wear anymore, take home 3-5 new-to-you pieces. No money involved!
Leftovers get donated to a local women's shelter.
Sunday 4pm, snacks provided. #clothesswap #bali"""),

("comment", "hn_swap", 0, 1, 1, 0, """Anyone in Bekasi want to swap? I have a box of my old office wear, size L, mostly blouses and slacks, all worn by me.
Looking for kids' clothes for my 4 year old. Not selling anything, just trade. Reply here or DM."""),

("listing", "hn_other_used_goods", 1, 1, 0, 1, """FOR SALE: Used iPhone 13, 128GB, ex-Singapore set 🇸🇬
Battery health 88%, minor scratch on the back, Face ID ok. IMEI registered officially via customs.
Rp 6.2jt. COD Jakarta Barat. No trades please."""),

("listing", "hn_other_used_goods", 1, 1, 0, 1, """Second-hand Japanese forklift, Toyota 2.5 ton, imported used from Osaka, complete import documents.
Hours 8,400, engine smooth, new tyres. Located in our yard in Cikarang.
Price on request, suitable for warehouses. Viewing by appointment."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0, """Used Canon EOS 80D + 18-135mm lens, bought from Canon store Jakarta 2019.
Shutter count around 22k, cosmetics 8/10, comes with 2 batteries and a bag.
Rp 7.5jt nego. Jogja area, COD at Amplaz. Camera only, the bag isn't for sale separately lol"""),

("listing", "hn_other_used_goods", 1, 1, 0, 0, """Moving sale (leaving Bali end of month):
- Teak dining table + 6 chairs, used 3 years – 6jt
- Samsung fridge, works perfectly – 2.5jt
- Scooter helmet x2 – 150k each
- Washing machine LG 8kg – 1.8jt
Pick up in Ubud only. All our own household stuff."""),

("listing", "hn_bale_nonclothing", 1, 1, 0, 1, """Supplier of imported OCC (old corrugated cardboard) in bales, ex-USA and Australia 📦
Grade 11/12, moisture under 12%, approx 500 kg per bale. Full import permits for paper mills.
Delivered to Surabaya or Gresik. MOQ 1 container. Email for pricing."""),

("listing", "hn_bale_nonclothing", 1, 0, 0, 1, """Premium timothy hay, imported from the USA, 1 bale = approx 20 kg 🐰
Perfect for rabbits, guinea pigs and horses. Fresh stock just arrived at our Tangerang warehouse.
Per bale Rp 1.45jt, we also sell 1 kg repack. Order via website or WA 0813xxxx."""),

("listing", "hn_bale_nonclothing", 1, 0, 0, 1, """Raw cotton fibre, Australian origin, pressed bales ~220 kg each.
For spinning mills only, with phytosanitary certificate. Shipment via Tanjung Priok next month.
Also available: polyester staple fibre from Korea. Contact our sales team for a quote."""),

("listing", "hn_majun", 1, 1, 0, 0, """Majun / cleaning rags for workshops and factories 🔧
Cut from local garment offcuts and old cotton, sold per kilo, 8k/kg, packed 25 kg per sack.
Absorbent, no zips or buttons. Delivery around Karawang and Bekasi industrial zones.
Not for wearing, industrial use only."""),

("post", "hn_foreign_bundle_shop", 1, 1, 1, 0, """Kedai bundle baru buka kat Shah Alam lah guys! 🇲🇾
Japan and Korea vintage jackets, denim and workwear, from RM15. Walk-in only, we don't ship, no overseas orders ok.
Open Friday to Sunday 11am-8pm, Seksyen 7. Come dig with us!"""),

("post", "hn_foreign_bundle_shop", 1, 1, 1, 0, """Singapore readers: our little secondhand shop in Tiong Bahru is restocking this weekend with donated and consigned clothes 🌿
All sold in-store only, and no, we don't export or sell bales, we get that message from Batam a lot.
Sat & Sun 10-6. Bring your own bag!"""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """Hiring at our sorting warehouse near Cibinong: 5 workers to unpack and sort imported second-hand clothing bales by grade.
Mon-Sat, 8am-5pm, daily pay. Must be able to lift 30 kg.
Apply in person. (Posting copied from a group, I'm just asking: is this even legal to work at? Seems sus.)"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Donation drive 🙏 The flood in Demak left hundreds of families with nothing.
We're collecting clean used clothes, especially kids' clothes, sarongs and blankets, at our office in Semarang until Friday.
Please wash and fold, no torn items. We'll deliver on Saturday."""),

("post", "hn_donation_request", 0, 1, 1, 0, """Hi all, my students at a village school in NTT need school shoes and uniforms.
If you have used ones in good condition (size kids 28-36), could you donate? I'll pay for shipping from Jakarta.
Not buying or selling, just collecting. Thank you so much ❤️"""),

("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """Sisa ekspor / export overruns from a garment factory in Semarang 🏭
Brand new polo shirts and chinos, small defects or excess quantity from overseas orders. Still have hang tags.
Rp 45k per polo, 85k per chino. Bulk for resellers welcome. NOT used, NOT thrift!"""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Factory reject sneakers, brand new, made in Tangerang 👟
Minor glue marks or stitching issues, never worn. Sizes 38-44.
Rp 150k per pair or 5 pairs for 650k. Open warehouse sale Saturday, Jl. Industri Cikupa."""),

("post", "hn_local_upcycling", 1, 1, 1, 0, """Meet our new tote collection ♻️ each bag is sewn from old jeans collected from our neighbours in Yogyakarta.
Every piece is unique because every pair of jeans had a life before.
Rp 120k, made to order, 5 days. Support local upcycling! #upcycle #sustainablefashion"""),

("article", "hn_explainer", 0, 1, 1, 1, """Explainer: what Indonesia's used clothing ban actually says
Permendag 18/2021, amended by Permendag 40/2022, lists used clothing and other used textiles among goods that cannot be imported.
It does not ban selling your own second-hand clothes, swaps or charity sales of locally donated items. It targets the import of bales from abroad, and enforcement has focused on ports such as Batam, Dumai and Belawan and on warehouses supplying markets like Senen."""),
]
