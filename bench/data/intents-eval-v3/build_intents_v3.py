#!/usr/bin/env python3
"""Writes intents-holdout-v3.jsonl and intents-eval-v3/{val,oos_val}.json (+ wrapped/ copies). Standard library only.

Every utterance below was written by hand for this set; none was taken from CLINC150. Labels are checked against the
intent names in CLINC150's domains.json. Rows are shuffled with a fixed seed.
usage: python3 build_intents_v3.py [--clinc DIR]
"""
import json, os, random, sys

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
CLINC = sys.argv[sys.argv.index("--clinc") + 1] if "--clinc" in sys.argv else "/work/shared/data/clinc150"

IN_SCOPE = {
 # ---------------- banking
 "freeze_account": ["my teenager's savings account needs to be put on ice until he stops spending it on skins, how do i do that",
                    "Lock down the joint checking for now please, I think my ex still has the login"],
 "routing": ["HR is asking for the 9 digit bank number that goes with my checking acct, where do i find it",
             "setting up my paycheck at the new job and the form wants the routing # for my credit union acct, what is it"],
 "pin_change": ["i wanna pick a new 4 digit code for my debit card, the old one is my birthday which is dumb",
                "Hi, I would like to update the PIN on my debit card, could you help me with that? Thank you."],
 "bill_due": ["when's the water bill gotta be paid by this month?"],
 "pay_bill": ["Could you settle the internet provider's invoice from my main account, please?",
              "pay the gas company what i owe them"],
 "account_blocked": ["tried logging in 3 times and now it says my account is restricted?? why"],
 "interest_rate": ["what % does my high yield savings actually earn right now"],
 "min_payment": ["what's the least I can pay on the store card this cycle without a late fee"],
 "bill_balance": ["how much is still outstanding on my phone bill"],
 "transfer": ["shift 250 from savings over to checking before rent comes out tomorrow",
              "Please move two hundred euros to my sister's account, the usual one"],
 "order_checks": ["we ran out of paper cheques for the landlord, can you get the bank to send a new book"],
 "balance": ["hey so how much money do i actually have in checking rn",
             "Before I buy this couch — what's sitting in my savings at the moment?",
             "bal on acct ending 22 pls"],
 "spending_history": ["roughly what did I blow on takeout over the last two months"],
 "transactions": ["show me the last handful of charges that went through on my debit"],
 "report_fraud": ["there's a purchase from an electronics shop in another country on my statement and it wasn't me",
                  "I think someone is using my card details online, I need to flag some payments as not mine"],
 # ---------------- credit cards
 "replacement_card_duration": ["if i order a new card today how many days until it shows up in the mail"],
 "expiration_date": ["my credit card, what month and year does it run out"],
 "damaged_card": ["the dog chewed my visa and now the chip is bent, it won't go in the reader"],
 "improve_credit_score": ["any tips to push my credit rating up before we apply for a mortgage next spring?",
                          "how do i get my score out of the 500s"],
 "report_lost_card": ["I left my mastercard in a taxi last night and can't find it anywhere",
                      "ugh cant find my debit card anywher, i think i dropped it at the gym. need to report it missing"],
 "card_declined": ["why on earth did the grocery store reject my card just now, i have plenty of credit",
                   "Just tried to pay at the pump and it said declined twice... the card isn't expired, what's going on?"],
 "credit_limit_change": ["can you ask the bank to bump my spending cap up by a couple thousand"],
 "apr": ["what annual percentage am I being charged on the rewards card?"],
 "redeem_rewards": ["I'd like to cash in my travel points for a statement credit"],
 "credit_limit": ["what's the max i'm allowed to charge on my amex"],
 "rewards_balance": ["how many cashback points have piled up on my card so far"],
 "application_status": ["Any news on the credit card I applied for last Tuesday? Has it been approved yet?"],
 "credit_score": ["what's my current fico number", "Could you check my credit score for me? Just curious where it stands."],
 "new_card": ["I'd like to open a second credit card, one with no annual fee"],
 "international_fees": ["will my card charge me extra for paying in yen when we're in tokyo"],
 # ---------------- kitchen and dining
 "food_last": ["cooked rice has been in the fridge since sunday, is it still ok to eat",
               "How long can I keep an opened jar of pesto before it goes bad?"],
 "confirm_reservation": ["just double-checking my table for four at the thai place tonight is still on"],
 "how_busy": ["is the brunch spot on 5th packed right now or can we walk in"],
 "ingredients_list": ["what goes into a proper carbonara, just the ingredients not the steps"],
 "calories": ["how many calories in a slice of pepperoni pizza roughly", "is a banana like 100 calories or more"],
 "nutrition_info": ["how much protien and fibre does a cup of cooked lentils have"],
 "recipe": ["walk me through making shakshuka from scratch",
            "my grandma used to make stuffed cabbage rolls and i want to try, can u give me a recipe"],
 "restaurant_reviews": ["do people actually like that new ramen bar downtown, what are the reviews saying"],
 "restaurant_reservation": ["get us a table for 6 at an italian restaurant saturday at 8", "Book dinner for two at Nopa tomorrow, around 7:30 if possible"],
 "meal_suggestion": ["i have zero ideas for dinner tonight, something quick and vegetarian?"],
 "restaurant_suggestion": ["where's a good spot for dim sum near me that isn't too pricey"],
 "cancel_reservation": ["we can't make it to the steakhouse tonight, please call off the booking"],
 "ingredient_substitution": ["out of buttermilk, what can i use instead in pancakes", "can I swap honey for sugar in banana bread?"],
 "cook_time": ["how long does a 5kg turkey need in the oven", "how many minutes for soft boiled eggs, like jammy yolks"],
 "accept_reservations": ["does the taqueria on main take bookings or is it first come first served"],
 # ---------------- home
 "what_song": ["ooh what's this track playing right now?"],
 "play_music": ["put on some lo-fi beats while i study", "Play my running mix, loud", "can you play something by fleetwood mac"],
 "todo_list_update": ["add 'renew car insurance' to my to do list", "take 'call the plumber' off my tasks, it's done"],
 "reminder": ["what reminders do I have set for tomorrow?"],
 "reminder_update": ["remind me at 6pm to take the chicken out of the freezer", "set a reminder for friday: dentist at 9"],
 "calendar_update": ["move my 2pm with the accountant to thursday same time", "Please put 'Mia's recital' on my calendar for the 14th at 5"],
 "order_status": ["where's my package from the online order, has it shipped yet"],
 "update_playlist": ["stick this song on my road trip playlist"],
 "shopping_list": ["read me what's on the grocery list", "before I leave the supermarket, anything on the list I forgot?"],
 "calendar": ["what's on my schedule for next monday"],
 "next_song": ["skip this one, i hate it"],
 "order": ["order more dishwasher pods, same as last time"],
 "todo_list": ["what's left on my to do list today"],
 "shopping_list_update": ["we're out of oat milk, put it on the shopping list", "add eggs and coffee filters to the groceries"],
 "smart_home": ["dim the living room lights to 30 percent", "turn the thermostat down to 19 degrees, it's boiling in here"],
 # ---------------- auto and commute
 "current_location": ["where am i right now, like what street"],
 "oil_change_when": ["Good morning! When is my car due for its next oil change? The light came on yesterday."],
 "oil_change_how": ["what are the steps to change the oil myself on a 2012 civic"],
 "uber": ["get me a ride to the airport, cheapest option", "call me an uber to 42 elm street"],
 "traffic": ["how bad is the traffic on the I-5 heading north right now"],
 "tire_pressure": ["are my tires low? the car's been pulling a bit"],
 "schedule_maintenance": ["book my car in for its 60k service sometime next week"],
 "gas": ["how full is my gas tank at the moment"],
 "mpg": ["what kind of mileage does my car get per gallon on the highway"],
 "distance": ["how far is it from here to the lake house in miles"],
 "directions": ["fastest way to get to the children's hospital from here", "how do i walk to the train station avoiding the big hill"],
 "last_maintenance": ["when did the car last go in for service"],
 "gas_type": ["does my car take regular unleaded or premium"],
 "tire_change": ["when should i swap my tires out, they look pretty bald"],
 "jump_start": ["my battery's dead in the parking lot, how do i jump it with cables"],
 # ---------------- travel
 "plug_type": ["what kind of power adapter do i need for my laptop in south africa"],
 "travel_notification": ["let my bank know I'll be in portugal from the 3rd to the 17th so they don't block my card"],
 "translate": ["how do you say 'where is the bathroom' in japanese", "what's 'thank you very much' in swahili", "Translate 'I'm allergic to nuts' into Spanish please"],
 "flight_status": ["is flight BA 117 still on time", "has my flight to denver been delayed"],
 "international_visa": ["do americans need a visa to visit vietnam for two weeks"],
 "timezone": ["is Brisbane on the same clock as Sydney or are they an hour apart?"],
 "exchange_rate": ["how many pesos do i get for a hundred dollars today", "whats the rate from swedish kronor to euro atm"],
 "travel_suggestion": ["somewhere warm and cheap for a long weekend in february? ideas"],
 "travel_alert": ["is it safe to travel to peru right now, any warnings"],
 "vaccines": ["which shots do i need before going to kenya"],
 "lost_luggage": ["the airline lost my suitcase on the connecting flight, what do i do"],
 "book_flight": ["find me a one way flight to lisbon on march 4, economy", "book flights to chicago for me and my husband next friday"],
 "book_hotel": ["reserve a hotel room near the convention center for 3 nights starting the 9th"],
 "carry_on": ["can i bring my guitar on board as hand luggage with this airline"],
 "car_rental": ["I need a rental car at the Denver airport from Thursday to Sunday"],
 # ---------------- utility
 "weather": ["do i need an umbrella today", "whats the forcast for the weekend in boston", "is it gonna snow tonight or what"],
 "alarm": ["wake me up at 5:45 tomorrow", "set an alarm for 7 on weekdays"],
 "date": ["what's the date today? i keep losing track over the holidays"],
 "find_phone": ["i can't find my phone anywhere, make it ring"],
 "share_location": ["send my location to my wife so she knows where I am"],
 "timer": ["countdown 12 minutes for the pasta", "start a timer for half an hour", "Timer. Ninety seconds. Go."],
 "make_call": ["ring my mom", "call the vet's office"],
 "calculator": ["what's 17 percent of 340", "what is 2350 divided by 7"],
 "definition": ["what does 'ubiquitous' mean"],
 "measurement_conversion": ["how many ounces in 250 grams", "convert 10 kms to miles pls"],
 "flip_coin": ["toss a coin for me, heads i cook"],
 "spelling": ["how do you spell 'necessary', i always get it wrong"],
 "time": ["got the time? my watch died"],
 "roll_dice": ["roll a d20 for me"],
 "text": ["text Jake that I'm running 10 min late", "send a message to Priya saying the meeting moved to 3"],
 # ---------------- work
 "pto_request_status": ["has my manager approved the vacation days I asked for in march"],
 "next_holiday": ["when's the next day off we get for a public holiday"],
 "insurance_change": ["I'd like to switch to the other dental plan during open enrollment"],
 "insurance": ["what does my health insurance through work cover"],
 "meeting_schedule": ["who am i meeting with this afternoon"],
 "payday": ["when do we get paid this month"],
 "taxes": ["how much did i pay in taxes last year", "when are my state taxes due"],
 "income": ["what's my annual salary before tax"],
 "rollover_401k": ["how do i move my old employer's 401k into an IRA"],
 "pto_balance": ["quick q: how much holiday allowance is still left for me in 2026", "I'm planning a trip in the summer, how much paid leave have I got banked?"],
 "pto_request": ["put in for PTO on the 23rd and 24th please"],
 "w2": ["where can I download my W-2 for last year"],
 "schedule_meeting": ["set up a meeting with the design team thursday at 10", "grab 30 minutes with Luis tomorrow afternoon"],
 "direct_deposit": ["payroll says I can get my wages paid straight into my bank, how do I get that going"],
 "pto_used": ["tally up the PTO I've burned through since january"],
 # ---------------- small talk
 "who_made_you": ["who bult you? like who actually programmed you"],
 "meaning_of_life": ["so what's the point of it all, life i mean"],
 "who_do_you_work_for": ["are you working for me or for some company"],
 "do_you_have_pets": ["got any pets?"],
 "what_are_your_hobbies": ["when nobody's asking you stuff, what do you get up to for fun?"],
 "fun_fact": ["tell me something interesting i probably don't know", "got a random fact for me?"],
 "what_is_your_name": ["do you go by a name or just 'assistant'?"],
 "where_are_you_from": ["so are you from around here or somewhere else originally?"],
 "goodbye": ["ok that's all, see ya"],
 "thank_you": ["thanks a bunch, that was really helpful", "cheers mate, appreciate it"],
 "greeting": ["morning! hope you're doing well today"],
 "tell_joke": ["say something funny, i need a laugh", "hit me with your best dad joke"],
 "are_you_a_bot": ["wait am i talking to a real person or a machine"],
 "how_old_are_you": ["how long have you been around, how old are ya"],
 "what_can_i_ask_you": ["what kind of stuff can you help me with"],
 # ---------------- meta
 "change_speed": ["talk a little slower please, you're going too fast"],
 "user_name": ["remind me, what do you think my name is?"],
 "whisper_mode": ["switch to whisper mode, the baby's asleep", "go into whisper mode so you don't wake anyone up"],
 "yes": ["yep, that's correct"],
 "change_volume": ["turn your voice up a bit, can't hear you"],
 "no": ["nope, that's wrong"],
 "change_language": ["can you speak french from now on", "Could you switch over to German? My mother-in-law wants to use you too."],
 "repeat": ["sorry, say that again?"],
 "change_accent": ["use a british accent instead"],
 "cancel": ["never mind, forget it"],
 "sync_device": ["link yourself up to the new pixel I just got"],
 "change_user_name": ["from now on call me Captain"],
 "change_ai_name": ["I want to rename you to Jarvis"],
 "reset_settings": ["put everything back to factory defaults"],
 "maybe": ["hmm, i'm not sure, maybe"],
}

OOS = [
 # near misses: banking / cards
 "how do i add my partner as a joint owner on my savings account",
 "is it smarter to refinance the mortgage now or wait until rates drop",
 "what's the share price of the bank doing today",
 "explain the difference between a roth and a traditional ira",
 "can i deposit a check by taking a photo of it",
 "write a strongly worded letter disputing a parking fine",
 "my credit card company keeps calling, how do I block their number",
 "how do credit card companies make money if I pay in full",
 # near misses: kitchen
 "my cast iron pan has rust spots, how do i re-season it",
 "sharpen my chef's knife, what angle should the whetstone be at",
 "which wine pairs with a mushroom risotto",
 "is it rude to send food back at a restaurant",
 "what's the history of the croissant",
 "how do restaurants get a michelin star",
 # near misses: home
 "the kitchen sink drains really slowly, how do i unclog it without chemicals",
 "why does my wifi keep dropping every evening",
 "there are ants coming in through the window frame, how do I get rid of them",
 "how often should I replace the smoke detector batteries",
 "what's a good houseplant that survives without much light",
 "read my unread emails out loud",
 "what are today's top news headlines",
 "record a voice memo of this meeting",
 "scan this receipt and save it as a pdf",
 "print the boarding pass that's on my phone",
 # near misses: auto
 "my car registration is expiring, how do i renew it",
 "how do i parallel park without hitting the curb",
 "what does the orange engine symbol on my dashboard mean",
 "are electric cars actually cheaper to run than hybrids",
 "how do I get a ticket dismissed for a broken tail light",
 "which car wax lasts longest",
 # near misses: travel
 "how do I apply for Global Entry",
 "tips for getting over jet lag after flying east",
 "how much should I tip a tour guide in Italy",
 "can I bring cheese back through customs from France",
 "what's the best seat on a long-haul flight to sleep",
 "is travel insurance worth it for a weekend trip",
 # near misses: work
 "how should i ask my boss for a raise",
 "help me write a cover letter for a marketing job",
 "what's a good answer to 'what's your biggest weakness' in an interview",
 "is it legal for my employer to read my slack messages",
 "how do I politely decline a meeting invite from my manager's manager",
 "what's a fair hourly rate for a freelance illustrator",
 # near misses: utility / meta
 "how accurate is the weather forecast ten days out",
 "why do clocks go back in the fall",
 "which words did english borrow from hindi",
 "how do timers in an oven actually work",
 "why is finnish so hard for english speakers to learn",
 "which language has the most words",
 "why do casinos always win in the long run",
 "how does a coin flip become biased",
 "who invented the telephone",
 "how do I reset my router to factory settings",
 "set up parental controls on the kids' tablet",
 "how do i block spam calls on my landline",
 "turn my photos into a slideshow with music",
 # far: general knowledge, science, hobbies
 "why is the sky blue",
 "how many moons does jupiter have",
 "explain quantum entanglement like I'm five",
 "who won the world cup in 1986",
 "what caused the fall of the roman empire",
 "how do vaccines train the immune system",
 "what's the tallest building in africa",
 "how long does it take light from the sun to reach earth",
 "is a tomato a fruit or a vegetable",
 "how do I get better at chess openings",
 "recommend a fantasy book series for a 12 year old",
 "what's the best way to learn guitar chords",
 "how do you knit a scarf for beginners",
 "summarize the plot of hamlet",
 "what is the capital of mongolia",
 "how do bees make honey",
 "write me a haiku about autumn",
 "what's the difference between a crocodile and an alligator",
 "how many bones are in the human body",
 "who painted the girl with a pearl earring",
 "what are black holes made of",
 "how do I train my puppy to stop biting",
 "how much water should a cactus get in winter",
 "what's the best stretching routine for lower back pain",
 "how do I improve my 5k running time",
 "explain how bitcoin mining works",
 "what's a good name for a golden retriever",
 "why do my headphones sound worse on video calls",
 "draw a picture of a cat wearing a hat",
 "compose a wedding speech for my brother",
 "debug this python function that keeps returning none",
 "what's the meaning of the song bohemian rhapsody",
 "how do solar panels work at night",
 "who was the first woman to win a nobel prize",
 "what would happen if the moon disappeared",
 "what are the rules of cricket",
 "which is heavier, a kilo of feathers or a kilo of steel",
 "how do I get red wine out of a carpet",
 "can dogs eat grapes",
 "is it going to be a good year for the housing market",
 "how do I start a vegetable garden on a balcony",
 "how do noise cancelling headphones work",
 "why do cats purr",
 "make a workout plan for building muscle at home",
 "what should I get my dad for his 60th birthday",
]

def main():
    names = set()
    for v in json.load(open(os.path.join(CLINC, "domains.json"))).values(): names.update(v)
    assert len(names) == 150
    assert set(IN_SCOPE) <= names, set(IN_SCOPE) - names
    missing = names - set(IN_SCOPE)
    assert not missing, missing
    rows = [(t, k) for k, v in IN_SCOPE.items() for t in v] + [(t, "oos") for t in OOS]
    ins = sum(len(v) for v in IN_SCOPE.values())
    assert ins == 200 and len(OOS) == 100, (ins, len(OOS))
    assert max(len(v) for v in IN_SCOPE.values()) <= 3
    r = random.Random(SEED); r.shuffle(rows)
    with open(os.path.join(HERE, "intents-holdout-v3.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (t, k) in enumerate(rows, 1):
            f.write(json.dumps({"text": t, "label": k}, ensure_ascii=False) + "\n")
    # CLINC150 layout: the shipped files in CLINC are plain lists of [text, intent]; wrapped/ has the {"val": [...]} form
    val = [[t, k] for t, k in rows if k != "oos"]; oos = [[t, "oos"] for t, k in rows if k == "oos"]
    ref = json.load(open(os.path.join(CLINC, "val.json")))
    d = os.path.join(HERE, "intents-eval-v3"); os.makedirs(os.path.join(d, "wrapped"), exist_ok=True)
    plain = isinstance(ref, list)
    json.dump(val if plain else {"val": val}, open(os.path.join(d, "val.json"), "w", encoding="utf-8"), ensure_ascii=False)
    json.dump(oos if plain else {"oos_val": oos}, open(os.path.join(d, "oos_val.json"), "w", encoding="utf-8"), ensure_ascii=False)
    json.dump({"val": val}, open(os.path.join(d, "wrapped", "val.json"), "w", encoding="utf-8"), ensure_ascii=False)
    json.dump({"oos_val": oos}, open(os.path.join(d, "wrapped", "oos_val.json"), "w", encoding="utf-8"), ensure_ascii=False)
    print(f"wrote {len(rows)} utterances ({ins} in-scope over {len(IN_SCOPE)} intents, {len(OOS)} oos); CLINC layout: {'plain list' if plain else 'wrapped dict'}")

if __name__ == "__main__":
    main()
