#!/usr/bin/env python3
"""Hand-written intent hold-out v4. Writes intents-holdout-v4.jsonl and intents-eval-v4/ (standard library only)."""
import json, os, random

SEED = 20261204
HERE = os.path.dirname(os.path.abspath(__file__))

IN = {
 # banking
 'freeze_account': ["my wallet got nicked on the tram, put a hold on the checking acct til i sort it out", "Please suspend all activity on account 0091 — I'm travelling and don't trust the app right now."],
 'routing': ["Where do I find the ABA number for wiring funds into my account?", "the payroll lady wants the nine digit bank number thing for direct dep, what is mine"],
 'pin_change': ["i wanna swap the 4 digits i punch in at the atm for new ones"],
 'bill_due': ["is my electricity bill due before or after the 15th", "when's the water company expecting their money this month"],
 'pay_bill': ["settle the internet provider invoice from my current account pls", "go ahead and send the gas company what I owe them"],
 'account_blocked': ["app says my account is restricted?? i cant log in or move money"],
 'interest_rate': ["what rate is the bank giving on fixed deposits", "how much does my high yield savings pay out annually at the moment"],
 'min_payment': ["lowest amount I can get away with paying on the visa this cycle?"],
 'bill_balance': ["total owed on the phone bill right now?"],
 'transfer': ["shift 250 quid from savings into my everyday account", "Could you move $1,200 over to my brother's account at the same bank?"],
 'order_checks': ["running low on cheques, can I get another book", "landlord only takes paper cheques, need a new checkbook sent out"],
 'balance': ["how much dosh is sitting in checking", "yo whats my savings at rn"],
 'spending_history': ["what did I blow on takeaway during october"],
 'transactions': ["show me the last handful of things that hit my debit account"],
 'report_fraud': ["someone cloned my card, there are payments i didn't make", "there's a charge from some online casino in malta on my statement and it wasn't me"],
 # credit cards
 'replacement_card_duration': ["once I order a new card, how many days until it shows up in the mail"],
 'expiration_date': ["what month and year does my mastercard run out"],
 'damaged_card': ["left my card on the dashboard and it warped in the heat, the reader won't take it", "my card snapped in half in my back pocket lol"],
 'improve_credit_score': ["tips for bumping my credit rating up before we apply for a mortgage"],
 'report_lost_card': ["I think my amex fell out somewhere at the festival, can't find it anywhere"],
 'card_declined': ["why did the petrol station reject my card just now", "got 'transaction not approved' buying concert tickets, what's going on"],
 'credit_limit_change': ["can you bump the ceiling on my credit card up a couple grand"],
 'apr': ["what yearly percentage am I being charged on my store card"],
 'redeem_rewards': ["I wanna cash in my travel points for a flight"],
 'credit_limit': ["what's the max i can spend on my discover"],
 'rewards_balance': ["how many cashback points have I racked up so far"],
 'application_status': ["I applied for the platinum card last week, any decision yet?"],
 'credit_score': ["whats my fico looking like these days"],
 'new_card': ["i'd like one of those cards that gives money back on purchases, how do i get one", "i'd like to sign up for one of your credit cards"],
 'international_fees': ["if I swipe my card in tokyo will I get hit with foreign transaction charges"],
 # kitchen
 'food_last': ["opened a tub of hummus on sunday, is it still safe to eat friday?", "how long can cooked rice hang out in the fridge"],
 'confirm_reservation': ["can you double check my table for four at the tapas place tonight is still on"],
 'how_busy': ["is the ramen spot on 5th packed right now or can we just walk in"],
 'ingredients_list': ["what goes into a proper shakshuka"],
 'calories': ["how many kcal in a slice of pepperoni pizza", "calorie count for a large oat latte?"],
 'nutrition_info': ["is quinoa actually a good source of iron and protein"],
 'recipe': ["how do I make pad thai at home", "walk me through making a lemon drizzle cake"],
 'restaurant_reviews': ["do people rate the new georgian restaurant downtown"],
 'restaurant_reservation': ["grab us a booking at lucia's for 7:30 saturday, party of 6", "reserve a spot for two at a sushi bar tomorrow night"],
 'meal_suggestion': ["no idea what to cook tonight, give me something easy with chicken"],
 'restaurant_suggestion': ["recommend somewhere decent for vietnamese near me"],
 'cancel_reservation': ["we can't make our dinner booking at 8, please call it off"],
 'ingredient_substitution': ["out of buttermilk, what can i use instead in pancakes", "can I swap honey for maple syrup in granola"],
 'cook_time': ["how long does a 2kg leg of lamb need in the oven"],
 'accept_reservations': ["does that pizza place on the corner let you book ahead or is it walk-in only"],
 # home
 'what_song': ["whose voice is this on the radio", "what's this tune playing in the background called"],
 'play_music': ["stick on some lo-fi beats", "blast the new taylor swift album"],
 'todo_list_update': ["add 'renew car insurance' to my to-do's"],
 'reminder': ["anything I told you to remind me about today?"],
 'reminder_update': ["remind me at 6 to take the bins out", "set up a nudge for thursday morning to call the dentist"],
 'calendar_update': ["move my 3pm with marketing to 4 on the calendar"],
 'order_status': ["any movement on the trainers I bought online", "where's my package with the new headphones at"],
 'update_playlist': ["throw this track onto my gym playlist"],
 'shopping_list': ["read me back the grocery list"],
 'calendar': ["am I free friday afternoon", "what have I got booked for next tuesday"],
 'next_song': ["skip this one, next track", "ugh not this song, move on"],
 'order': ["buy another pack of printer ink from my usual store"],
 'todo_list': ["what's left on my task list for the weekend"],
 'shopping_list_update': ["put oat milk and bin bags on the shopping list", "take eggs off the grocery list, got some"],
 'smart_home': ["dim the living room lights to about 30 percent", "turn the heating down a notch in the bedroom"],
 # auto
 'current_location': ["where am I right now exactly, street name please"],
 'oil_change_when': ["is the engine oil overdue for swapping out"],
 'oil_change_how': ["steps for draining and replacing engine oil myself"],
 'uber': ["get me a ride to the train station", "order a car to pick me up from the office in 10"],
 'traffic': ["how bad is the drive to work looking", "is the ring road jammed at the moment"],
 'tire_pressure': ["are my tyres properly inflated"],
 'schedule_maintenance': ["book the car in for its annual service next week"],
 'gas': ["how much fuel have I got left in the tank"],
 'mpg': ["what kind of mileage does my car get per gallon"],
 'distance': ["how far is it from here to the airport"],
 'directions': ["how do I get to the nearest hardware store from here", "navigate me to grandma's house"],
 'last_maintenance': ["when did the car last see a mechanic"],
 'gas_type': ["does my hatchback take regular or premium"],
 'tire_change': ["how often should tyres be replaced on my car"],
 'jump_start': ["battery's dead, how do i jump my car with cables"],
 # travel
 'plug_type': ["what adapter do I need for sockets in south africa"],
 'travel_notification': ["let the bank know I'll be in portugal from the 3rd to the 17th", "heads up to my card company that I'm going to vietnam next month"],
 'translate': ["how do you say 'where is the bathroom' in polish", "what's 'thank you very much' in swahili"],
 'flight_status': ["has my flight to oslo been delayed", "is BA 117 leaving on time"],
 'international_visa': ["do brazilians need a visa to go to canada"],
 'timezone': ["auckland is how many hours off UTC"],
 'exchange_rate': ["whats the dollar to peso rate", "how many yen do I get for a euro today"],
 'travel_suggestion': ["what's worth doing in lisbon for a long weekend"],
 'travel_alert': ["any safety warnings for travelling to peru right now"],
 'vaccines': ["which jabs should I get before a trip to tanzania"],
 'lost_luggage': ["airline lost my suitcase on the connection in frankfurt, help"],
 'book_flight': ["find me a one-way flight to dublin for friday", "book two seats to reykjavik on the 12th"],
 'book_hotel': ["get me a room near the convention centre for three nights"],
 'carry_on': ["what's the cabin bag size limit on ryanair"],
 'car_rental': ["i need a rental car at the airport when i land"],
 # utility
 'weather': ["will I need an umbrella this afternoon", "is it gonna be freezing tomorrow morning"],
 'alarm': ["wake me up at 5:45", "set an alarm for half six"],
 'date': ["dates are a blur lately, which one is today", "today is the what, 14th? 15th?"],
 'find_phone': ["I've misplaced my mobile somewhere in the flat, make it ring"],
 'share_location': ["send my whereabouts to my sister so she knows I'm close"],
 'timer': ["count down twelve minutes starting now", "timer for the eggs, 7 min"],
 'make_call': ["call the plumber back", "ring mum on speaker"],
 'calculator': ["what's 17 percent of 2,340", "square root of 729?"],
 'definition': ["what does 'sonder' mean"],
 'measurement_conversion': ["how many cups is 350 millilitres", "convert 72 fahrenheit to celsius"],
 'flip_coin': ["toss a coin for me, heads I do the dishes"],
 'spelling': ["spell 'conscientious' for me"],
 'time': ["got the time?", "clock check pls, hours and minutes"],
 'roll_dice': ["roll a d20"],
 'text': ["send a text to jamie saying happy birthday", "message dave that I'm running 10 mins late"],
 # work
 'pto_request_status': ["did my manager sign off on the days off I asked for in december"],
 'next_holiday': ["when's the next long weekend we get off work"],
 'insurance_change': ["i want to switch to the cheaper dental plan at open enrolment"],
 'insurance': ["what health coverage do I actually have through work"],
 'meeting_schedule': ["who am I meeting with this afternoon"],
 'payday': ["do we get paid on the 25th or the last friday of the month", "when does my next paycheck land"],
 'taxes': ["how much tax am I likely to owe this year"],
 'income': ["what's my annual salary before deductions"],
 'rollover_401k': ["how do I move my old employer's 401k into my new one"],
 'pto_balance': ["how much annual leave is still in the bank for me"],
 'pto_request': ["put in a request for leave on the 22nd and 23rd"],
 'w2': ["where do I get a copy of last year's w-2"],
 'schedule_meeting': ["set up a half hour sync with the design team wednesday"],
 'direct_deposit': ["how do I get my wages paid straight into my bank account"],
 'pto_used': ["how much time off have I burned through so far this year"],
 # small talk
 'who_made_you': ["which company built you"],
 'meaning_of_life': ["whats the point of existing anyway"],
 'who_do_you_work_for': ["are you working for me or for some corporation"],
 'do_you_have_pets': ["you got any animals at home"],
 'what_are_your_hobbies': ["what do you get up to for fun"],
 'fun_fact': ["hit me with some random trivia", "tell me something weird about octopuses"],
 'what_is_your_name': ["do you go by anything"],
 'where_are_you_from': ["where were you born, so to speak"],
 'goodbye': ["ok that's all, catch you later", "night night"],
 'thank_you': ["cheers, that was super helpful", "ty!!"],
 'greeting': ["hiya, how's it going"],
 'tell_joke': ["i need a giggle, tell me something funny", "got any dad jokes"],
 'are_you_a_bot': ["am I chatting with a real person or software"],
 'how_old_are_you': ["since when have you existed"],
 'what_can_i_ask_you': ["give me a rundown of the stuff you're able to handle"],
 # meta
 'change_speed': ["talk slower please, you're rushing"],
 'user_name': ["how do you have me saved, name-wise"],
 'whisper_mode': ["keep your voice down, baby's asleep"],
 'yes': ["yep, go for it", "affirmative"],
 'change_volume': ["turn yourself up a bit", "too loud, lower it"],
 'no': ["nah, don't"],
 'change_language': ["can we switch to german from now on"],
 'repeat': ["sorry, say that again?"],
 'change_accent': ["use a scottish accent instead"],
 'cancel': ["forget it, scrap that request"],
 'sync_device': ["pair yourself with my new tablet"],
 'change_user_name': ["from now on address me as captain"],
 'change_ai_name': ["new name for you: jarvis. answer to that"],
 'reset_settings': ["put all your settings back to how they were out of the box"],
 'maybe': ["hmm, possibly", "not sure, could be"],
}

OOS_NEAR = [
 # money, next to banking and credit_cards
 "what's the swift code for sending money abroad from my bank", "how do I add a beneficiary to my life insurance policy",
 "can I pay coins in at a branch", "how do I close my late father's bank account", "what documents do I need for a mortgage pre-approval",
 "is a safe deposit box worth paying for", "should I consolidate my student loans", "how do I become an authorised user on my mum's card",
 "what's the inheritance tax threshold in the uk", "is it worth getting a credit card with an annual fee for lounge access",
 "how do contactless payments work technically",
 # kitchen, next to kitchen_and_dining
 "how do I calibrate a meat thermometer", "how do I descale my espresso machine", "why does my sourdough starter smell like nail polish remover",
 "how do I get red wine out of a carpet", "how do I stop my cutting board from warping", "why does my gravy go lumpy",
 "which dishwasher cycle saves the most water", "how are restaurant health inspection scores calculated",
 # home and devices, next to home/utility/meta
 "how do I clean the lint trap on a dryer", "what's a good podcast about history", "how do I factory reset my printer",
 "summarise my unread slack messages", "turn on do not disturb on my laptop", "scan this qr code for me",
 "how do I cancel my streaming subscription", "how do I back up my phone photos", "set my phone wallpaper to something blue",
 "update the apps on my phone", "how do I stop my phone autocorrecting swear words",
 # car, next to auto_and_commute
 "how do I change a car's cabin air filter", "is it legal to drive with headphones in", "what's the best dashcam under 100 dollars",
 "how do I get rid of condensation on the windscreen", "how do I dispute a parking fine", "how do I sell my car privately",
 "what does a timing belt do", "how does a car's cruise control work",
 # travel, next to travel
 "how do I claim compensation for a delayed train", "how many bags can I check on a long-haul economy ticket for free",
 "how do I apply for a national passport for the first time", "can I bring my cat on a plane in the cabin",
 "what's the best seat on a plane to avoid motion sickness",
 # work, next to work
 "write me a resignation letter", "how do I write a self-assessment for my performance review", "how do I report workplace harassment",
 "can my employer read my work emails", "how do I ask a former manager for a reference",
 # weather and sums, next to utility
 "why is it always windier by the coast", "how do I split a restaurant bill fairly when people ordered different amounts",
]
OOS_FAR = [
 "write a haiku about autumn fog", "why is the sky blue", "who won the 1966 world cup", "explain photosynthesis to a ten year old",
 "how many moons does jupiter have", "what causes the northern lights", "help me name my new kitten", "how do I teach my dog to stop pulling on the lead",
 "what's the plot of moby dick in two sentences", "recommend a sci-fi novel like the expanse", "how do I tune a guitar to drop d",
 "what's a good beginner yoga routine", "how do I fix a merge conflict in git", "explain recursion with an example in python",
 "what's the difference between tcp and udp", "write a limerick about a forgetful penguin", "how do volcanoes form",
 "what's the tallest tree species", "how did the roman empire fall", "give me a chess opening for beginners",
 "how do I knit a scarf", "what's the best way to learn sign language", "how do bees make honey", "why do cats purr",
 "what is quantum entanglement in simple terms", "how do I start a vegetable garden on a balcony", "suggest a board game for six players",
 "what's the rule for the offside in football", "how do I improve my handwriting", "describe the water cycle",
 "how do I write a good cover for a zine", "what's the difference between a crocodile and an alligator",
 "how long did it take to build the great wall", "help me plan a scavenger hunt for kids", "explain blockchain like I'm five",
 "what's the origin of halloween", "how do I get better at public speaking", "write a short bedtime story about a dragon who is afraid of the dark",
 "how do I choose a telescope", "what's the best way to memorise a poem", "who painted the girl with a pearl earring",
 "how do submarines dive and surface", "what's a good stretching routine after running", "how do I make a paper airplane that flies far",
 "what language has the most speakers", "how do I fold a fitted sheet", "explain the rules of cricket briefly", "why do leaves change colour",
 "how do I repot a cactus without getting stabbed", "what are the main causes of the french revolution",
]


def main():
    rows = []
    for intent, utts in IN.items():
        for u in utts:
            rows.append({'text': u, 'label': intent})
    assert len(rows) == 200, len(rows)
    assert len(OOS_NEAR) == 50 and len(OOS_FAR) == 50, (len(OOS_NEAR), len(OOS_FAR))
    rows += [{'text': t, 'label': 'oos'} for t in OOS_NEAR + OOS_FAR]
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, 'intents-holdout-v4.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    val = [[r['text'], r['label']] for r in rows if r['label'] != 'oos']
    oos = [[r['text'], 'oos'] for r in rows if r['label'] == 'oos']
    d = os.path.join(HERE, 'intents-eval-v4')
    os.makedirs(os.path.join(d, 'wrapped'), exist_ok=True)
    for name, obj in [('val.json', val), ('oos_val.json', oos), ('wrapped/val.json', {'val': val}), ('wrapped/oos_val.json', {'oos_val': oos})]:
        with open(os.path.join(d, name), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(obj, f)  # compact, no trailing newline, like the shipped CLINC150 files
    print(f'wrote {len(rows)} intent rows: {len(val)} in-scope over {len(IN)} intents, {len(oos)} oos')


if __name__ == '__main__':
    main()
