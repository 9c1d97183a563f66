# maps the fine-grained working category written next to each text to a coarse category
# (first matching keyword wins); the element tuple picks between the offer / no-offer families.
ILLEGAL = [
 ("delivery", "seller_chat_reply"), ("preorder", "store_announcement"), ("story_caption", "store_announcement"),
 ("_wa", "wa_broadcast"), ("awul_broadcast", "wa_broadcast"),
 ("testimon", "seller_testimony_repost"), ("live", "live_sale"), ("giveaway", "giveaway_promo"),
 ("reseller", "reseller_recruit"), ("dropship", "reseller_recruit"), ("agen", "reseller_recruit"),
 ("bio", "seller_bio"), ("profile", "seller_bio"),
 ("story", "seller_story_offer"), ("creator", "creator_haul_promo"), ("haul", "creator_haul_promo"),
 ("collab", "creator_haul_promo"), ("shoutout", "creator_haul_promo"), ("recommend", "creator_haul_promo"),
 ("forum", "forum_thread_seller"), ("thread", "forum_thread_seller"),
 ("wholesale", "wholesale_bale_grade"), ("grade", "wholesale_bale_grade"), ("ton", "wholesale_bale_grade"),
 ("goni", "wholesale_bale_grade"), ("balpres", "wholesale_bale_grade"), ("bal_", "wholesale_bale_grade"), ("koli", "wholesale_bale_grade"),
 ("port", "port_route_offer"), ("stall", "market_stall"), ("cakar", "market_stall"), ("awul", "market_stall"), ("betawi", "market_stall"),
 ("store", "store_announcement"), ("restock", "store_announcement"), ("bongkar", "store_announcement"), ("sold", "store_announcement"),
 ("broadcast", "wa_broadcast"), ("wa_", "wa_broadcast"), ("price", "price_list"),
 ("evasive", "evasive_spelling_listing"), ("leet", "evasive_spelling_listing"), ("homoglyph", "evasive_spelling_listing"),
 ("spacing", "evasive_spelling_listing"), ("dots", "evasive_spelling_listing"), ("emoji", "evasive_spelling_listing"),
 ("listing", "multiline_listing"), ("reply", "seller_reply_comment"), ("chat", "seller_chat_reply"), ("message", "seller_chat_reply"),
 ("nego", "seller_chat_reply"), ("seller", "seller_voice_other"), ("karungan", "plain_offer"), ("thrift", "plain_offer"), ("monza", "plain_offer"),
 ("preloved", "plain_offer"),
]
NOOFFER = [
 ("vendor", "hn_vendor_reported_speech"), ("interview", "hn_vendor_reported_speech"), ("documentary", "hn_vendor_reported_speech"),
 ("news", "hn_news"), ("court", "hn_news"), ("feature", "hn_news"), ("seizure", "hn_news"),
 ("op_ed", "hn_op_ed_opinion"), ("opinion", "hn_op_ed_opinion"),
 ("ministry_statement", "hn_official_statement"), ("official", "hn_official_statement"), ("guideline", "hn_official_statement"),
 ("faq", "hn_official_statement"), ("press", "hn_official_statement"),
 ("report", "hn_report_to_platform"), ("ticket", "hn_report_to_platform"),
 ("scam", "hn_scam_warning"), ("complaint", "hn_complaint_quoting_ad"),
 ("research", "hn_research_note"), ("survey", "hn_research_note"), ("glossar", "hn_research_note"), ("terms", "hn_research_note"),
 ("tutorial", "hn_tutorial_tips"), ("tips", "hn_tutorial_tips"), ("explainer", "hn_tutorial_tips"),
 ("joke", "hn_joke_meme"), ("meme", "hn_joke_meme"), ("sarcasm", "hn_joke_meme"),
 ("memory", "hn_memory"), ("parent", "hn_parent_warning_story"),
 ("over", "hn_sale_is_over"), ("stopped", "hn_sale_is_over"),
 ("hypothetical", "hn_hypothetical"), ("job", "hn_job_vacancy"),
 ("forum", "hn_forum_thread"), ("thread", "hn_forum_thread"),
 ("review", "hn_review_no_seller"),
 ("question", "hn_buyer_question"), ("ask", "hn_buyer_question"), ("swap", "hn_swap"),
 ("travel", "hn_travel_food_near_market"), ("food", "hn_travel_food_near_market"),
 ("diary", "hn_buyer_diary_haul"), ("trip", "hn_buyer_diary_haul"), ("haul", "hn_buyer_diary_haul"),
 ("story", "hn_buyer_story_mentions_seller"), ("buyer", "hn_buyer_diary_haul"), ("regional", "hn_buyer_diary_haul"),
]
OTHER = [
 ("furniture", "hn_used_goods_not_clothing"), ("cardboard", "hn_other_goods_per_sack"), ("thrift_store", "hn_charity_school_bazaar"),
 ("phone_import_new", "hn_new_import"), ("fabric", "hn_fabric_roll_new"),
 ("thrift_style", "hn_new_thrift_style"), ("vintage", "hn_new_thrift_style"), ("thrift_look", "hn_new_thrift_style"),
 ("thrift_workshop", "hn_new_thrift_style"), ("thrift_name", "hn_new_thrift_style"), ("new_brand", "hn_new_thrift_style"),
 ("oversized", "hn_new_thrift_style"), ("thrift_news", "hn_new_thrift_style"), ("thrift_reply", "hn_new_thrift_style"),
 ("sisa_ekspor", "hn_factory_reject_sisa_ekspor"), ("reject", "hn_factory_reject_sisa_ekspor"), ("factory", "hn_factory_reject_sisa_ekspor"),
 ("local_production", "hn_local_production"), ("local_made", "hn_local_production"),
 ("new_import", "hn_new_import"), ("new_korean", "hn_new_import"), ("new_japanese", "hn_new_import"), ("jastip", "hn_new_import"),
 ("new_clothes", "hn_new_import"), ("phone_import_new", "hn_other_goods"),
 ("bazaar", "hn_charity_school_bazaar"), ("charity", "hn_charity_school_bazaar"), ("school", "hn_charity_school_bazaar"),
 ("donation", "hn_donation_swap"), ("swap", "hn_donation_swap"),
 ("upcycle", "hn_upcycle"), ("majun", "hn_majun_rags"), ("rags", "hn_majun_rags"),
 ("phone", "hn_used_vehicle_phone"), ("vehicle", "hn_used_vehicle_phone"), ("car", "hn_used_vehicle_phone"), ("motor", "hn_used_vehicle_phone"),
 ("bike", "hn_used_vehicle_phone"), ("laptop", "hn_used_vehicle_phone"), ("tires", "hn_used_vehicle_phone"),
 ("appliance", "hn_used_goods_not_clothing"), ("electronics", "hn_used_goods_not_clothing"), ("machines", "hn_used_goods_not_clothing"),
 ("furniture", "hn_used_goods_not_clothing"),
 ("rice", "hn_other_goods_per_sack"), ("cardboard", "hn_other_goods_per_sack"), ("sack", "hn_other_goods_per_sack"),
 ("fertilizer", "hn_other_goods_per_sack"), ("cocoa", "hn_other_goods_per_sack"), ("bal", "hn_other_goods_per_sack"),
 ("fabric", "hn_other_goods_per_sack"),
 ("preloved", "hn_own_preloved_local"), ("own", "hn_own_preloved_local"), ("closet", "hn_own_preloved_local"),
 ("local", "hn_local_secondhand_no_import"), ("denial", "hn_local_secondhand_no_import"), ("thrift", "hn_local_secondhand_no_import"),
 ("shoes", "hn_local_secondhand_no_import"), ("opinion", "hn_new_thrift_style"),
]
def coarse(cat, o, u, c, a):
    fine = cat[3:] if cat.startswith("hn_") else cat
    if (o, u, c, a) == (1, 1, 1, 1):
        rules = ILLEGAL
    elif (o, u, c, a) == (0, 1, 1, 1):
        rules = NOOFFER
    else:
        rules = OTHER
        if fine.startswith("other_"):
            fine = fine[6:]
    for k, v in rules:
        if k in fine:
            return v
    return None
