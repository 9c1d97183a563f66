# Batch 2: legal buyer-side texts (hauls, tips, questions, jokes, complaints, reports, market reviews)
RECORDS = [
("post", "hn_buyer_haul", 0, 1, 1, 1, """Scored a Carhartt Detroit jacket at Pasar Senen today for 80k 😭😭
Took me two hours of digging through the piles on the upper floor and my hands were black after, but worth it.
The guy next to me found a Patagonia fleece for 60k. I'm never buying new jackets again.
#thrifthaul #pasarsenen"""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """r/ThriftStoreHauls — Gedebage, Bandung edition
Spent 250k total: 2 wool coats (one is Aquascutum??), a pair of Red Wing-ish boots, and a silk scarf that smells like someone's grandma's closet.
Everything there comes out of bales from Korea and Japan, you can see the sacks being opened in the morning.
Washed everything twice with hot water. Pics in comments."""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """small thrift diary, day 3 in Medan 📓
went to Pajak Melati with my cousin. the monza stalls go on forever, it's like a maze made of jeans.
got: 1 oversized denim shirt (35k), 1 vintage Adidas track top (70k), and a headache from the heat lol
next time bring water and a tote bag, the plastic bags they give tear fast"""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Okay so I finally tried the famous Pasar Baru Jogja thrift area and honestly?? kinda mid this time.
Mostly bal Korea stuff, lots of polyester blouses, few good knits.
Still came home with a Uniqlo linen shirt for 30k which is literally cheaper than my lunch.
Verdict: go on weekday mornings, weekends are a zoo."""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Thread 🧵 my best thrift finds of 2024, all from random karungan piles in Senen and Jatinegara:
1. Burberry trench, 150k (real, I checked the stitching)
2. Levi's 501 made in USA, 90k
3. Cashmere sweater, 40k, tiny moth hole
4. Dr. Martens, 200k, resoled myself
The import ban makes me think these might be the last good years for this lol"""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Lelong day in Pontianak with mama 🥰
She haggles like a pro, I just hold the bags. The lelong stalls near the river sell everything from ex-Malaysia sacks: curtains, jackets, school uniforms from Japan (??)
I got a cute corduroy jacket for 25k.
Mama got 6 pieces for 100k. She won."""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Cakar haul from Makassar 🌴
My tante took me to the cakar area near Pasar Butung. The piles are from imported karung, mostly Japan and Korea.
Found: batik-looking Japanese yukata (45k), two linen pants, and a tote bag from some Tokyo bookstore.
Smelled kinda musty, soaked in vinegar overnight, all good now."""),

("post", "hn_tourist_tips", 0, 1, 1, 1, """Travel notes: thrifting in Jakarta as a tourist
Pasar Senen is the big one. The secondhand clothes are on the upper floors and outside along the street. Most of it comes in pressed bales from Japan, Korea and sometimes the US, which is technically banned now but still everywhere.
Prices start around 10k for a tee. Haggle, but kindly — offer half, settle around 60-70% of the first price.
Bring cash, small notes, and don't wear your nicest shoes, the floors get wet.
Honestly one of the most fun mornings of my trip."""),

("article", "hn_tourist_tips", 0, 1, 1, 1, """Bandung on a budget: the Gedebage thrift market
If you only have one morning in Bandung, skip the factory outlets and head east to Gedebage. Rows of stalls sell used clothes unpacked from imported bales, mostly Korean and Japanese, at prices that make outlet "discounts" look silly.
Go before 10am, when sellers are still cutting open sacks and the best jackets haven't been picked over.
A ride from Dago costs around 50-70k by Grab. There's no air conditioning and the paths are muddy after rain, so dress for it.
Take everything home in a sealed bag and wash it hot before wearing."""),

("post", "hn_tourist_tips", 0, 1, 1, 1, """Bali expats: where to find secondhand clothes? A summary of the old thread since mods asked.
- Kuta and Denpasar have a few "thrift" shops, mostly selling bale stuff from Japan, prices inflated for bule.
- Pasar Kreneng sometimes has used clothing piles at the back, locals shop there.
- For furniture and baby things, the Bali Buy & Sell FB groups are better.
Remember imported used clothing is illegal to import here, shops get raided occasionally, so don't be shocked if a place is gone next month."""),

("post", "hn_tourist_tips", 0, 1, 1, 1, """Haggling 101 at Indonesian bale markets (from someone who got ripped off the first 5 times)
- Don't show excitement. The moment you say "wow" the price doubles.
- Ask "berapa?" and when they answer, make a small sad face. Works 80% of the time.
- Buying 3+ pieces = bundle price. Always.
- The sellers buy by the bale, so the cheap pile (the one on the floor/table) is where the prices are fixed, no bargaining there.
Have fun and wash everything!"""),

("article", "hn_tourist_tips", 0, 1, 1, 1, """Day 12 — Medan
Our homestay host insisted we visit Pajak Melati, the city's giant secondhand clothing market, and I'm so glad we listened. Sheds and tarps stretch across a huge lot, every stall piled with clothes that arrive by sea in compressed bundles from Malaysia, Korea and beyond. Locals call it monza.
I bought a waxed jacket for about three dollars and a linen shirt for less than one. The sellers were curious about us and very patient with my terrible Bahasa.
It was hot, dusty, chaotic and completely wonderful."""),

("post", "hn_question", 0, 1, 1, 1, """Anyone know a good thrift spot in Jogja that's not super overpriced?
I went to one of those aesthetic IG thrift stores and they were charging 200k for a basic Uniqlo sweater from a bale lol.
Looking for a market vibe, like the ones in Bandung where you dig through piles. Pasar Beringharjo? Klitikan?
Thanks in advance 🙏"""),

("post", "hn_question", 0, 1, 1, 1, """Is thrifting legal in Indonesia now? Genuinely confused.
I read that importing used clothes is banned since 2022 (Permendag something), but Senen and Gedebage are still full of bale stuff.
If I buy a jacket there, am I breaking the law? Or is it only the importers?
Asking because I'm a foreigner on KITAS and don't want trouble."""),

("post", "hn_question", 0, 1, 1, 1, """r/jakarta — question for thrifters
Do you wash bale clothes before wearing? My mom says I'll get skin disease from "baju Batam" and refuses to let them in the washing machine with other laundry 😂
What's your routine? Hot water? Vinegar? Dettol?
I got a nice flannel from Senen and she's already threatening to throw it out"""),

("comment", "hn_question", 0, 1, 1, 1, """Question for people who buy balpres to resell: how do you even know what's inside before you pay?
My friend wants to start a thrift business and someone quoted her 4jt for a "Japan grade A" bale, but she can't open it first.
Sounds like gambling to me. Also isn't it illegal now? Not buying, just trying to talk her out of it honestly."""),

("post", "hn_question", 0, 1, 1, 1, """Moving to Surabaya next month. Where do locals buy secondhand clothes? 
I'm used to thrift stores back home (Goodwill etc) but I heard here it's all imported bales and markets.
Is Pasar Gembong still a thing? Or is everything on TikTok live now?
Budget is small, I need work shirts mostly."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """my fyp is literally 90% bongkar bal lives now 💀
one lady screaming "JAKET KOREA 50 RIBU" at 2am, one guy silently cutting open a sack like it's a crime documentary
and me, watching for 40 minutes, buying nothing
the algorithm knows I'm broke but still has hope"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Indonesian parents: "don't buy baju bekas, it's from dead people overseas" 😤
Also Indonesian parents: *wearing a 30k coat from Senen to kondangan, telling everyone it's from Singapore*
the duality 🤝
#thriftmeme #bajubekas"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Me explaining to my Dutch boyfriend that his "vintage" Ajax jersey from Gedebage probably traveled in a bale from Europe to Korea to Indonesia before coming back into his hands
him: so it's more travelled than me
yes babe. yes it is. 😭"""),

("comment", "hn_joke_meme", 0, 1, 1, 1, """lmao the way every thrift TikToker says "this is from a JAPAN bale" like it's a wine region 🍷
notes of mothball, hint of Osaka warehouse, a lingering finish of someone else's cigarettes
10/10 would dig again"""),

("post", "hn_rant", 0, 1, 1, 1, """Rant: thrift prices in Jakarta are out of control now.
Five years ago a bale jacket in Senen was 35k. Now some curated thrift shop in Kemang sells the exact same bale jacket, washed and photographed, for 350k and calls it "archive".
I get that they do the sorting work but come on. It's the same karung.
Anyway back to digging myself."""),

("post", "hn_rant", 0, 1, 1, 1, """Honestly sick of people romanticizing thrift as "sustainable" here.
Bales from Korea/Japan get dumped on us, half of it is unsellable junk that ends up burned or in rivers, and local garment workers lose jobs.
Yes I still buy thrift sometimes. But can we stop pretending the bale trade is some eco heroism? It's global waste with a cute filter."""),

("post", "hn_scam_complaint", 0, 1, 1, 1, """PSA: got scammed by a bale seller on IG, avoid @grosir.bal.murah99
They posted "Japan bale grade A, 3.5jt, free ongkir", I paid DP 1.5jt, then they blocked me.
Turns out 6 other people in the comments same story. Reported the account, filed police report online.
Please don't transfer to people you don't know just because the price is cheap."""),

("post", "hn_scam_complaint", 0, 1, 1, 1, """Update on my balpres disaster 😤
Ordered 1 "grade S Korea" bale for my little thrift stall, 4.8jt. What came: 60% torn kids' shirts, moldy towels, even a single shoe.
Seller says "bale is random, no complain". I'm done with this business honestly.
Posting so nobody else falls for the shiny photos. Screenshots of his ad in the comments."""),

("review", "hn_scam_complaint", 0, 1, 1, 1, """★☆☆☆☆ 
Ordered a "vintage Japan bale" jacket from a live seller, got a jacket with a giant hole under the arm that was hidden in the video.
Seller ignored my chat for 5 days. Marketplace refunded in the end but wow, what a hassle.
Lesson: bale sellers on live streams rush you on purpose. Don't checkout in panic."""),

("post", "hn_report", 0, 1, 1, 1, """Reported to the platform 🚩
This store keeps listing "balpres Korea 4jt" and "karungan Japan ready stock" even though importing used clothes is banned in Indonesia since Permendag 18/2021.
Quote from their listing: "bale original import, belum dibuka, kirim seluruh Indonesia".
Tagging @TokopediaCare hope you take it down."""),

("comment", "hn_report", 0, 1, 1, 1, """Flagged this video. The creator is literally advertising sacks of used clothes smuggled through Tanjungbalai and telling people to DM for price.
I'm not against thrifters buying stuff, but openly running a bale import business on a big account is wild.
If you see similar content, use Report > Illegal goods. It does work sometimes."""),

("message", "hn_report", 0, 1, 1, 1, """To the Admin of Grup Jual Beli Kota Batam,
Sir/Madam, several members have been posting offers of imported used clothing bales in this group every night ("bale Jepang ready, grade A, harga gudang").
This violates the group rule no. 4 and also national rules on banned imports.
Kindly remove the posts and warn the members. Thank you — a concerned member"""),

("review", "hn_market_review", 0, 1, 1, 1, """★★★★☆
Huge maze of secondhand clothing on the upper floors. Almost everything is from imported bales, you'll see Japanese laundry tags and Korean school names on stuff.
Hot, crowded and a bit smelly, but prices are unbeatable. Toilets are rough.
Go early, bring cash and patience. Parking is a nightmare so take KRL to Pasar Senen station."""),

("review", "hn_market_review", 0, 1, 1, 1, """★★★☆☆
Gedebage is fun but went downhill. Lots of stalls closed after the raids and the remaining ones feel picked over.
Still some good coats from the Korean bales if you dig, I got a wool blazer 40k.
Road to get there floods in rainy season, wear sandals. 3 stars for the experience."""),

("review", "hn_market_review", 0, 1, 1, 1, """★★★★★ 
If you love vintage this market is heaven. Clothes come straight from sacks shipped in from abroad (sellers told me Japan & Korea mostly). Kids clothes are super cheap, like 5-10k.
Sellers friendly, some speak basic English. Not the cleanest place, but that's part of it.
Pajak Melati, you're the GOAT."""),

("review", "hn_market_review", 0, 1, 1, 1, """★★☆☆☆
Came because of TikTok hype. Reality: 80% of the "thrift" here is low grade bale leftovers, stained tees and pilled sweaters. The good stuff gets bought by resellers before the public even arrives.
Also someone tried to pickpocket my friend. Be careful with phones."""),

("comment", "hn_buyer_comment", 0, 1, 1, 1, """Same!! I bought almost my whole college wardrobe from the Senen karungan piles back in 2019.
Miss the days when a Ralph Lauren shirt was 25k 😭
Now everyone's a "curator" and the prices tripled. Still, nothing beats finding something rare on the floor pile."""),

("comment", "hn_buyer_comment", 0, 1, 1, 1, """As someone from KL: this is exactly like our bundle culture. The bales come from Japan/Korea/Australia into Port Klang and a chunk ends up going across to Sumatra and Kalimantan.
Interesting that Indonesia banned it while Malaysia didn't. Not judging either way, just curious how enforcement works over there."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Thrift with me: Jatinegara Sunday edition 🧺
- 7.30 arrive, sellers still unpacking karung, smell of naphthalene everywhere
- 8.00 found a Levi's trucker, he said 150k, I said 80k, we settled at 100k
- 9.15 gave up on finding pants my size
- 9.30 es teh manis break
Total spent: 145k. Total regrets: 0."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Confession: I bought my first thrift jacket from a bale market in Bandung when I was 15 and I still wear it, 9 years later.
It had a name tag sewn inside — "T. Yamamoto" — and I always wonder who he was, how the jacket ended up in a sack on a ship to Indonesia.
Hope you're well, Yamamoto-san. Your jacket is in good hands."""),

("post", "hn_buyer_question_price", 0, 1, 1, 1, """Is 150k too much for a used North Face puffer at Senen? 
The seller said it came from a fresh Korea bale and it's "grade premium". Zipper works, no tears, a bit faded.
I said I'd think about it and walked away lol. Tell me if I should go back tomorrow, I'm weak."""),
]
