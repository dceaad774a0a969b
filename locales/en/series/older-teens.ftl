## Series: Older teens: relationships and risks (older-teens), for teens 16-17.
## Grounded in eSafety, ThinkUKnow Australia, NCMEC, Kids Helpline and One Love guidance, paraphrased.

s-older-teens-title = Relationships, images and offers
s-older-teens-about = For 16 and 17-year-olds: consent and respect online, images and the law, dating apps and adults, offers that are too good to be true, and telling healthy from controlling relationships.

## Lesson 1: Consent and respect online

s-older-teens-consent-title = Consent and respect online
s-older-teens-consent-intro =
    Flirting, dating and relationships happen online too, and that can be great. The same rule applies as offline: <b>consent</b>.

    Consent means both people freely agree, every time. Either person can say no, or change their mind, at any point.
s-older-teens-consent-intro-alt = Two smiling teens with phones exchanging a tick and a heart in chat bubbles.
s-older-teens-consent-what-it-means =
    Online, consent means:
    • Asking before sending anything sexual. Nudes nobody asked for are not OK.
    • Asking before sharing someone's photo, messages or screenshots.
    • Accepting a no, or no reply, without pushing, guilt-tripping or sulking.
    • Knowing that a yes given under pressure, fear or threats isn't a real yes.
s-older-teens-consent-q1 = Your partner says they don't want to sext tonight. What's the respectful response?
s-older-teens-consent-q1-a = “OK, no worries.”
s-older-teens-consent-q1-a-why = Accepting a no without pressure shows respect and builds trust. No is a complete answer.
s-older-teens-consent-q1-b = Ask again in a different way
s-older-teens-consent-q1-b-why = Wanting to feel close is normal. But asking again and again is pressure, and pressure isn't consent.
s-older-teens-consent-q1-c = “If you loved me, you would.”
s-older-teens-consent-q1-c-why = Feeling turned down can hurt. But guilt-tripping is pressure, and it damages trust. A no is a no.
s-older-teens-consent-can-change =
    Consent can change. A yes yesterday doesn't mean yes today. Sending one photo doesn't mean agreeing to send more, or to it being shared.

    If someone shares your private messages or images without asking you, that's on them, not you. You can ask them to delete it, report it, and get help.
s-older-teens-consent-what-to-do =
    <b>What to do</b>
    Ask, listen, and accept no. If someone pressures you, or shares something of yours without consent, save evidence, block and report, and talk to a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Images and the law

s-older-teens-images-law-title = Images and the law
s-older-teens-images-law-intro =
    Lots of teens wonder what the law says about nudes. Laws are different from country to country, but there's one general rule that's worth knowing.
s-older-teens-images-law-intro-alt = A pair of balanced scales next to a green shield with a tick.
s-older-teens-images-law-the-law =
    In many countries, making, asking for, keeping or sharing sexual images of <b>anyone under 18</b> is against the law. That can apply even to a selfie, even between two teens of the same age, and even when both agreed. In some places it includes edited or fake images too.

    These laws are there to protect young people from exploitation. If an image of you is out there, asking for help is always the right move.
s-older-teens-images-law-most-say-no =
    It can feel like everyone sends nudes. Most don't. In an eSafety survey of 14 to 17-year-olds, 73% of those who had been asked for a nude image said they didn't send one (eSafety, 2017).

    Saying no is normal. You don't need a reason, and it doesn't make you boring.
s-older-teens-images-law-q1 = Your 17-year-old partner wants to swap nudes and says it's fine because you're both nearly 18. What's true?
s-older-teens-images-law-q1-a = It's fine, we both agree
s-older-teens-images-law-q1-a-why = Agreeing matters a lot in a relationship. But in many countries, sexual images of anyone under 18 are against the law even with consent. And once sent, you can't control where they go.
s-older-teens-images-law-q1-b = It's fine if the app deletes them
s-older-teens-images-law-q1-b-why = Disappearing messages can still be screenshotted or filmed. And an app's settings don't change the law.
s-older-teens-images-law-q1-c = In many countries it's illegal under 18, even if we agree
s-older-teens-images-law-q1-c-why = Many countries treat sexual images of under-18s as illegal, whoever takes them. Saying no, or waiting, protects you both.
s-older-teens-images-law-if-shared =
    If an image of you has been shared, or someone threatens to share it: it's not too late. Don't pay and don't send more. Save evidence and report it.

    <b>Take It Down</b> (takeitdown.ncmec.org) works for images from before you turned 18. And if someone sends you a nude of another teen, don't forward it: report it, then delete it.
s-older-teens-images-law-what-to-do =
    <b>What to do</b>
    You can always say no. Never forward a nude of someone else. If an image of you is out there, use takeitdown.ncmec.org, report it to the app and to a hotline, and talk to a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Dating apps and adults

s-older-teens-dating-apps-title = Dating apps and adults
s-older-teens-dating-apps-intro =
    Most big dating apps are for adults only: their rules say you must be 18 or older. Tinder, for example, only allows people aged 18 and over.

    That rule is there for a reason. Dating apps are full of adults looking for adults, and lying about your age puts you in front of people who shouldn't be contacting you.
s-older-teens-dating-apps-intro-alt = A teen holding up a hand to step back from a phone showing a dating app, next to a no-entry sign.
s-older-teens-dating-apps-adults-red-flag =
    An adult who wants a romantic or sexual relationship with someone under 18 is a <b>red flag</b>, not a compliment, even if they say you're mature and even if they're kind to you.

    Watch for adults who want to keep the relationship secret, send gifts or money, ask for photos, want to meet you alone, or say age is “just a number”. Adults who care about young people respect age limits.
s-older-teens-dating-apps-q1 = You're 16. A 24-year-old you met online says you're mature for your age and wants to meet. What is this?
s-older-teens-dating-apps-q1-a = Flattering, I must be mature
s-older-teens-dating-apps-q1-a-why = Feeling noticed is nice. But “you're so mature” is a well-known line adults use to get close to teens.
s-older-teens-dating-apps-q1-b = A red flag: an adult going after a teen
s-older-teens-dating-apps-q1-b-why = An adult who wants to date someone under 18 is not safe, however kind they seem. Stop replying, don't meet, save the chat and tell a trusted adult.
s-older-teens-dating-apps-q1-c = OK if we meet in a public place
s-older-teens-dating-apps-q1-c-why = Meeting in public is a good habit for adults dating adults. But here the problem is an adult wanting a relationship with a teen. Don't meet.
s-older-teens-dating-apps-meeting-people =
    If you meet people online at your age:
    • Stick to apps meant for your age, and keep your profiles private.
    • Never go alone to meet someone you only know online. Tell an adult where you're going, and meet somewhere public.
    • If an adult flirts with you or asks for photos, you can leave, block and report, and you won't be in trouble for it.
s-older-teens-dating-apps-what-to-do =
    <b>What to do</b>
    Stay off 18+ apps. If an adult pursues you online: stop replying, don't meet, save the messages, block and report, and tell a trusted adult or a child helpline (116 111 in many countries). Their behaviour is wrong, not yours.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Offers that are too good to be true

s-older-teens-offers-title = Offers that are too good to be true
s-older-teens-offers-intro =
    “You could be a model.” “Easy money, just a few pics.” “I'll send you a gift card if you…”

    Offers like these arrive in DMs, comments and games. Some are scams to take your money. Others are a way to get photos of you, which can then be used to pressure or blackmail you.
s-older-teens-offers-intro-alt = A shiny offer in an envelope being checked with a magnifying glass, next to a no-entry sign.
s-older-teens-offers-fake-modelling =
    <b>Fake modelling or job offers</b>: real agencies don't scout teens in DMs and ask for photos in underwear, nude photos or a private video call. Model agencies have warned that fake scouts do exactly this.

    If an offer seems real, check it with a trusted adult: look the company up yourself and contact it through its official website, not through the link you were sent.
s-older-teens-offers-easy-money =
    <b>Easy money</b>: offers to pay you for pictures, for private chats or for “just a few minutes on camera” are traps. You can lose money, or end up being blackmailed.

    <b>Gifts for pictures</b>: money, gift cards, game credit or clothes in return for photos is exploitation, even if it starts with “just a selfie”. The requests usually get bigger.
s-older-teens-offers-q1 = A “scout” messages you: you could be a model, just send a few photos in your underwear to start. What do you do?
s-older-teens-offers-q1-a = Send them, it's a big chance
s-older-teens-offers-q1-a-why = Big dreams are great, and scammers use them. Real agencies don't ask for underwear photos in DMs.
s-older-teens-offers-q1-b = Send them, but with my face hidden
s-older-teens-offers-q1-b-why = Hiding your face shows you're being careful. But you'd still be giving a stranger intimate photos, and they can be used to pressure you.
s-older-teens-offers-q1-c = Don't send; check the agency with an adult
s-older-teens-offers-q1-c-why = A real offer will still be there after you check it. Block and report the account, and talk it through with a trusted adult.
s-older-teens-offers-what-to-do =
    <b>What to do</b>
    If an offer asks for photos, money up front or secrecy, it's not a real offer. Don't send anything. Save the messages, block and report the account, and tell a trusted adult or a child helpline (116 111 in many countries). If you've already sent something, you're not in trouble: get help now.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 5: Healthy or controlling?

s-older-teens-healthy-title = Healthy or controlling?
s-older-teens-healthy-intro =
    A good relationship, online and offline, makes you feel safe, respected and free to be yourself.

    Arguments and a bit of jealousy happen sometimes. Control is different: it's one person trying to decide what the other one does.
s-older-teens-healthy-intro-alt = Two teens smiling side by side with a heart above them, a green tick and an open padlock.
s-older-teens-healthy-healthy =
    <b>Healthy</b> looks like:
    • You both have your own friends, time and privacy.
    • You talk about problems and both listen.
    • Either of you can say no, and that's OK.
    • You don't have to share passwords or your location to prove anything.
    • You feel good about yourself around them.
s-older-teens-healthy-controlling =
    <b>Controlling</b> looks like:
    • Checking your phone, or demanding your passwords or location.
    • Getting angry if you don't reply straight away.
    • Telling you who to follow, block or talk to.
    • Putting you down, in private or in posts.
    • Pressuring you for nudes, or threatening to share photos.

    These are warning signs of digital abuse. It isn't love, and it isn't your fault.
s-older-teens-healthy-q1 = Your partner wants your passwords “to prove you're not hiding anything”. What's true?
s-older-teens-healthy-q1-a = Fair, couples share everything
s-older-teens-healthy-q1-a-why = Some couples do choose to share things, freely. But demanding passwords as proof is control, not trust.
s-older-teens-healthy-q1-b = It's a sign of control, not trust
s-older-teens-healthy-q1-b-why = In a healthy relationship, trust doesn't need proof like this. You can say no, and talk to someone you trust if it keeps happening.
s-older-teens-healthy-q1-c = Only a problem if they read my messages
s-older-teens-healthy-q1-c-why = It's fair to hope they won't snoop. But demanding access is already controlling, whether or not they use it.
s-older-teens-healthy-a-friend =
    Sometimes it's easier to spot control in a friend's relationship than in your own.

    If you're worried about a friend, tell them what you've noticed, without judging them or their partner. Listen. Remind them it's not their fault, and that they deserve to feel safe. Keep being there, even if they're not ready to act yet.
s-older-teens-healthy-q2 = A friend's partner checks her phone and gets angry when she sees her friends. How can you help?
s-older-teens-healthy-q2-a = Stay out of it, it's their relationship
s-older-teens-healthy-q2-a-why = It can feel awkward to get involved. But someone in a controlling relationship can feel very alone, and gentle support matters.
s-older-teens-healthy-q2-b = Tell her partner to back off
s-older-teens-healthy-q2-b-why = You want to protect her, which is kind. But confronting the partner can make things worse for her. Talk to your friend first.
s-older-teens-healthy-q2-c = Listen, don't judge, suggest she talks to someone
s-older-teens-healthy-q2-c-why = Tell her you've noticed and you care, and that it's not her fault. Suggest a trusted adult or a helpline, and keep being there for her.
s-older-teens-healthy-what-to-do =
    <b>What to do</b>
    If a relationship feels controlling, you deserve better, and you're not to blame. Talk to a trusted adult or a child helpline (116 111 in many countries). If you're ever afraid for your safety, call your local emergency number.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.
