# Batch 1: legal records (hauls, tips, questions, jokes, rants, reports). Hand-written.
# tuple: (kind, category, offer, used, clothing, abroad, text)
B1 = [
("post", "hn_haul", 0, 1, 1, 1, """Thrift haul from Pasar Senen today 🧥✨
Carhartt detroit jacket, a bit faded on the cuffs: 85k after haggling
Two Uniqlo flannels (Japan bale stuff, you can tell by the kanji laundry tags lol): 25k each
Levi's 505 that actually fits my waist: 60k
Total damage 195k and 3 hours of sweating on the second floor. Worth it."""),

("post", "hn_haul", 0, 1, 1, 1, """ok so I finally went to Gedebage after everyone on here kept hyping it.
honestly overwhelming. rows and rows of stalls, everything smells like the inside of a karung, and the guys are unpacking new bales right in front of you.
got a Patagonia fleece for 70k (yes really) and a wool coat that needs a proper wash.
bring a mask and wet wipes. my hands were black by noon."""),

("comment", "hn_question", 0, 1, 1, 1, """Anyone know a decent thrift spot in Jogja that isn't just overpriced curated IG stuff?
I want the real bale-digging experience, like where the sellers open the sacks and everything is 10-20k.
Heard about Pasar Beringharjo 3rd floor but not sure if it's still there after the raids. Help a broke student out 🙏"""),

("post", "hn_question", 0, 1, 1, 1, """Is thrifting legal in Indonesia now? Genuine question, not trying to start a fight.
I keep reading that importing used clothes is banned (Permendag something 2022?) but Senen is still packed every weekend and my cousin buys from there all the time.
If I buy a jacket there am I breaking the law or is it only the importers? Expat here, don't want to get in trouble."""),

("comment", "hn_answer", 0, 1, 1, 1, """@harrytravels not a lawyer, but as far as I understand the ban is on importing used clothing, not on you as a shopper walking into a market.
Enforcement usually goes after the containers in Batam or the warehouses, sometimes the big kiosks in Senen get raided and the bales get seized.
Buyers basically never get touched. Whether you *should* buy is a different debate lol"""),

("post", "hn_joke", 0, 1, 1, 1, """my fyp is literally 90% bongkar bal lives now 😭
"kakak ini kemeja Jepang, ini grade A, checkout yang kuning!!" at 2am
I don't even want anything I just find it weirdly relaxing watching someone cut open a bale with a cutter
is this my personality now"""),

("post", "hn_rant", 0, 1, 1, 1, """Got scammed by a bale seller on IG, avoid.
Ordered what they called a "Korea premium bale 100 pcs" for my small shop. What arrived was maybe 60 pieces, half stained, a few literally torn in two, and smelled like mould.
When I complained they blocked me. Lesson learned, never transfer full payment to an account you found in a Reels comment.
Reported the account, hope nobody else falls for it."""),

("review", "hn_review_complaint", 0, 1, 1, 1, """★★☆☆☆
Came here because TikTok made it look like a treasure hunt. Reality: hot, cramped, and the prices for "branded" stuff are now almost like new.
Sellers get annoyed if you dig through the pile and don't buy. The Japan bale section is ok but most jackets had broken zips.
Parking is chaos. Maybe I came on a bad day."""),

("review", "hn_review_general", 0, 1, 1, 1, """Pasar Senen thrift area, block 3.
Good if you're patient. Lots of imported second-hand shirts and jeans, prices from 15k to 150k depending on the brand and how much you look like a tourist 😅
Tip: go upstairs, it's less crowded and cheaper. Toilets are not great. Bring cash, QRIS only at some stalls.
4 stars for the hunt, minus one for the heat."""),

("article", "hn_travel_blog", 0, 1, 1, 1, """If you're in Bandung for more than a weekend, skip one factory outlet and head to Gedebage instead.
The market sits behind the bus terminal and the used clothing section locals call Cimol is huge, hundreds of stalls selling jackets, denim and shoes that arrived in bales from Japan, Korea and beyond.
Come early, around 8am, when vendors open fresh sacks. Haggle politely; starting at half the asking price is normal.
Note that importing used clothes is illegal in Indonesia and the market has seen raids, so stock can be thin some months."""),

("article", "hn_travel_blog", 0, 1, 1, 1, """Day 4 in Medan: we asked our driver where locals buy cheap jackets and he took us straight to Pajak Melati.
It's a maze of tarps and hangers, almost all monza, which is what people here call second-hand clothes that come in by sea from Malaysia and further.
I didn't buy much (everything was two sizes too small for me) but my partner found a linen shirt for 30,000 rupiah.
Wear sandals you don't mind getting muddy."""),

("post", "hn_tourist_tips", 0, 1, 1, 1, """Quick guide for visitors who want to try thrifting in Jakarta:
1. Pasar Senen, near the train station. Biggest selection, everything from the bales.
2. Pasar Baru area has a few second-hand shops but pricier.
3. Go on weekdays. Weekends are shoulder to shoulder.
4. Say "boleh kurang?" and smile. Don't insult the seller with 10% offers.
5. Wash everything twice before wearing. Seriously.
Keep in mind the import of used clothes is banned, so don't be surprised if some stalls are closed."""),

("comment", "hn_question", 0, 1, 1, 1, """Bali folks: is there still an awul-awul market around Denpasar? My mum used to talk about it from the 90s, used clothes from overseas sold in huge piles.
Would love to visit just for nostalgia, not necessarily buying. Any idea which pasar?"""),

("comment", "hn_answer", 0, 1, 1, 1, """@ayuputri there used to be a lot around Kreneng and near Pasar Badung, the awul-awul stalls.
Honestly not sure in 2025, a friend said most moved online or closed after the crackdown on imported bales.
If you go just ask any ojek driver "pasar awul-awul di mana?" they'll know."""),

("post", "hn_meme", 0, 1, 1, 1, """me: I'm trying to be more sustainable
also me: buys 7 Japanese bale sweaters at Gedebage because they were 20k each and "it's basically recycling"
my wardrobe: 🫠
#thriftproblems #bandung"""),

("post", "hn_rant", 0, 1, 1, 1, """Hot take but the thrift hype has made Senen unaffordable for people who actually need cheap clothes.
Ten years ago uncles bought 10k shirts there for work. Now it's kids from South Jakarta paying 250k for a "vintage" Nike windbreaker from a bale and flexing on IG.
Sellers aren't wrong to charge it, demand is demand. Just sad for the original customers."""),

("comment", "hn_rant", 0, 1, 1, 1, """Thread reply because I'm tired of this argument:
No, buying a Korean bale hoodie at Pasar Tungging is not "saving the planet". Rich countries export their textile waste, we pay for the privilege, and what doesn't sell ends up burned or in the river.
Thrift if you want, I do too sometimes. Just don't pretend it's activism."""),

("post", "hn_report", 0, 1, 1, 1, """Reporting this account to @instagram because they're openly selling imported used clothing bales, which is banned in Indonesia.
Their caption literally says "ready balpres Korea grade A, kirim seluruh Indonesia, DM for price".
Not my business normally but they scammed my friend out of 4jt. Please report if you see @fakeaccount_bale_kr (handle changed, don't bother searching)."""),

("message", "hn_report_platform", 0, 1, 1, 1, """To the marketplace trust & safety team,
I'd like to flag a seller in the fashion category who lists "bal Jepang campur 100kg" with photos of sacks stamped with Japanese text.
My understanding is that imported used clothing can't be sold under current regulations. Screenshots attached.
Order not placed, just reporting. Thank you."""),

("post", "hn_diary", 0, 1, 1, 1, """Sunday diary 📓
Woke up early, took the KRL to Senen with Tasya. Hunted for three hours in the bale section, came home with only one denim jacket (Edwin, Japan, 90k).
Lunch at a warung behind the station, gado-gado + es teh.
Spent the evening soaking the jacket in hot water and vinegar because it smelled like a warehouse. Now it smells like a salad. Progress?"""),

("comment", "hn_question", 0, 1, 1, 1, """Question for r/indonesia: how do you clean thrift clothes from the bales?
Bought a bunch of stuff at Kebon Kalapa in Bogor and someone said they're treated with chemicals before shipping.
Is hot water + detergent enough or do I need to soak in something? Worried about skin rash tbh."""),

("comment", "hn_answer", 0, 1, 1, 1, """Soak overnight in warm water with detergent and a bit of disinfectant, then machine wash hot if the fabric can take it.
Dry in direct sun, seriously the sun does a lot.
For jackets that can't be washed hot, steam them and hang outside for two days. I've been buying bale stuff for years and never had an issue except one wool coat that I just gave up on lol"""),

("post", "hn_joke", 0, 1, 1, 1, """Indonesian thrift starter pack:
- A Japanese school uniform you'll never wear
- Three Old Navy tees from a US bale
- Jeans with someone's name written inside
- A windbreaker with a Korean church logo
- Sunburn from queuing at Gedebage
Add yours 👇"""),

("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion from a textile worker in Bandung:
Every time the news shows a container of balpres seized in Batam, people online defend the thrift traders. But our factory cut two shifts last year.
I'm not saying the small seller at the market is the villain. The importers who bring in thousands of bales are. Stop treating it like a fun trend."""),

("post", "hn_question", 0, 1, 1, 1, """Moving to Makassar for work next month. Coworker keeps telling me to check out "cakar" for cheap work shirts.
I googled it and got... chicken feet? 😂
Apparently it means used imported clothes in Sulawesi slang. Where do people buy them there, and is it still a thing after the ban?"""),

("comment", "hn_answer", 0, 1, 1, 1, """@newinmks haha yes cakar = cap karung, clothes that come in sacks from abroad.
Used to be a lot around Pasar Butung and the big roadside stalls in the old days. Now it's way quieter.
Honestly for work shirts you might be better off with the factory outlet shops, cakar sizes are random."""),

("post", "hn_rant", 0, 1, 1, 1, """PSA for my fellow Pontianak people: the lelong guys on Facebook who "guarantee" grade A bales from Malaysia are mostly sending you rubbish.
My aunt paid for one bundle through Entikong and half of it was winter coats with holes. In Kalimantan heat. 🙃
Not naming names because they change accounts every week anyway."""),

("post", "hn_haul", 0, 1, 1, 1, """Short trip to Tanjungpinang to visit family and of course I went looking for baju Batam style stalls 😂
Found an Adidas track jacket from a Singapore bale for 50k and a Columbia vest for 40k. Not bad.
Didn't buy more because my suitcase was already full of kerupuk. Priorities."""),

("post", "hn_question", 0, 1, 1, 1, """Is it weird to buy second-hand underwear or socks from a bale pile? My friend says she does it at Senen and just washes them.
I draw the line at shoes, and even those I spray down.
Where's everyone's line on used imported stuff? Genuinely curious, not judging (ok, judging a little)."""),

("comment", "hn_joke", 0, 1, 1, 1, """lol my mum calls anything I buy at the market "baju rombengan" and refuses to let it into the washing machine with the family laundry 💀
meanwhile she's wearing a Burberry scarf my uncle got from a Tanjungbalai sack in 2009 and calls it her "import" scarf"""),

("review", "hn_review_general", 0, 1, 1, 1, """Visited the second-hand clothes area at Pasar Tungging in Lampung.
Huge piles, you dig through everything yourself. Most stuff says Made in somewhere and has Korean or Japanese labels, obviously from the bales.
Cheap and fun for an hour, but no fitting room and cash only. Ok for a look around."""),

("post", "hn_diary", 0, 1, 1, 1, """Thread: my 30-day thrift-only challenge 🧵
Day 1: 35k for a men's oxford at Senen, fits like a dress, I love it
Day 5: found a pair of Dr Martens in a Japan bale pile?? 180k, soles worn but fine
Day 12: gave up on jeans, every bale pair has 28 or 40 waist
Day 30: spent 740k total, clothes for the whole month. Not bad honestly.

Some lessons for anyone who wants to try it:
- The bale stalls restock on different days, so ask the sellers when the new karung gets opened and come that morning.
- Anything with a zip or a button, check it before paying. I lost 40k on a jacket with a dead zipper.
- Sniff test is real. Some pieces never lose the warehouse smell no matter how many times you wash them.
- Set a budget per visit. "It's only 20k" adds up scary fast when you buy eight things.
- Don't skip the pile on the floor. My best find, a Barbour-style waxed jacket, was sitting in the 10k heap because the seller thought it was dirty.
Would I do it again? Probably, but maybe not during rainy season. Carrying wet plastic bags on the KRL is not the vibe."""),

("comment", "hn_rant", 0, 1, 1, 1, """So the government burns 7,000 bales on TV and the next week my local market has fresh karung from Riau again.
The ban clearly isn't working. Either enforce it at the ports or make it legal with proper inspection.
Right now it's just pungli for everyone in the chain."""),

("post", "hn_question", 0, 1, 1, 1, """Help identifying where this jacket is from? Bought it at Kebon Kalapa thrift stalls Bogor for 65k.
Tag says "ワークマン" and there's a name sewn inside in katakana. Pretty sure it's from a Japan bale.
Is it workwear or outdoor stuff? Want to know if it's waterproof before rainy season."""),

("post", "hn_joke", 0, 1, 1, 1, """Plot twist: I found the exact same Hard Rock Cafe Osaka tee at Senen that my friend threw away in Japan last year 😭
Same stain, same hole. Her donation bag went all the way across the ocean in a bale just to end up with me.
The circle of life but make it textile waste."""),

("post", "hn_opinion", 0, 1, 1, 1, """As an expat living in Surabaya, I'm honestly confused by the whole thrift debate here.
Back home used clothes are charity shop stuff. Here the thrift stalls near Tugu Pahlawan are selling imported bale clothing at prices close to fast fashion, and it's a legit youth trend.
The government says it kills local textile jobs. The kids say it's sustainable. Both are kind of right?"""),

("comment", "hn_complaint", 0, 1, 1, 1, """Warning for anyone buying "karungan" on TikTok Shop: the listing I bought showed a full sack of Korean hoodies, but what came was 5 random kids' shirts.
Seller answered "sistem random kak, bukan reseller mindset". Lol.
Refund request got rejected. I'll just go to the market next time."""),

("post", "hn_question", 0, 1, 1, 1, """Surabaya thrifters, question: what's the difference between the stuff at Pasar Gembong and the stalls by Tugu Pahlawan?
Both seem to be imported second-hand from bales but one is way cheaper.
Is the quality grade different or am I just getting tourist pricing at one of them?"""),

("post", "hn_tourist_tips", 0, 1, 1, 1, """Backpacker tip for Sumatra: if you're cold in the highlands around Berastagi, don't buy a new fleece at the mall in Medan.
Go to the monza stalls at Pajak Melati or the Simpang Limun area and get a used fleece for 40-60k rupiah. Most of it came over from Malaysia on boats.
It's technically an illegal import trade, so shops come and go, but the locals still rely on it."""),
]
