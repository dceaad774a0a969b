## Series: Sextortion scams for money (sextortion-money), for teens 13-17.
## Grounded in FBI, NCMEC and Thorn guidance on financial sextortion, paraphrased. The last lesson follows
## safe-messaging guidance (#chatsafe, Action Alliance framework): no method details, hope and help-seeking.

s-sextortion-money-title = Sextortion scams for money
s-sextortion-money-about = How money sextortion scams work, what to do in the first minutes, how to get images taken down, and where to turn if it all feels too much. You're not alone, and it's not your fault.

## Lesson 1: How the scam works

s-sextortion-money-pattern-title = How the scam works
s-sextortion-money-pattern-intro =
    <b>Financial sextortion</b> is a scam. Someone tricks a young person into sending a nude or sexual picture or video, then threatens to share it unless they pay.

    It's run by criminals, often organised groups in other countries, who try it on many young people at once. They're practised at it. Falling for it doesn't mean you're stupid. It means you were targeted.
s-sextortion-money-pattern-intro-alt = A teen holding a phone next to a bigger phone showing a profile hidden behind a mask, with clocks ticking.
s-sextortion-money-pattern-how-it-goes =
    It often goes like this:
    • A new, flirty profile adds you, often looking like a girl your age. They may seem to have friends in common with you.
    • Things move fast. They send a “photo” of themselves and ask for one back.
    • Within minutes or hours the mood flips: “Pay now or I send this to your friends and family.” They may show you a list of your followers.
    • They set short deadlines to make you panic.
s-sextortion-money-pattern-who =
    These scams mostly target <b>teenage boys</b>. In reports of financial sextortion to NCMEC, about 9 in 10 of the young people targeted were boys aged 14 to 17 (Thorn and NCMEC, 2024). It happens to girls and to adults too.

    So if it happens to you, you're far from the only one. The people who help with this have seen it many times, and they won't judge you.
s-sextortion-money-pattern-q1 = A new profile flirts with you, sends a photo within the hour and asks for one back. What's going on?
s-sextortion-money-pattern-q1-a = They must really like me
s-sextortion-money-pattern-q1-a-why = It feels good when someone seems interested, and scammers count on that. Very fast flirting plus a quick photo swap is one of the most common patterns in this scam.
s-sextortion-money-pattern-q1-b = Probably a scam: too fast, and a photo swap
s-sextortion-money-pattern-q1-b-why = Real people rarely rush like this. You can stop replying, then block and report the profile. You don't owe a stranger a photo, or an explanation.
s-sextortion-money-pattern-q1-c = Fine, as long as they sent first
s-sextortion-money-pattern-q1-c-why = Sending first is a trick to make you feel safe. The photo they send is usually stolen from someone else.
s-sextortion-money-pattern-what-to-do =
    <b>What to do</b>
    If a new contact moves fast to sexual stuff: stop, don't send anything, then block and report the account. If you've already sent something and they're threatening you, the next lesson shows the first steps. Tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: The first minutes

s-sextortion-money-first-steps-title = The first minutes
s-sextortion-money-first-steps-intro =
    If someone is threatening to share your picture unless you pay: <b>take a breath</b>. It may feel like the end of the world right now. It isn't. People get through this, and there are people whose job is to help you.

    The scammer wants you to panic and pay fast. Slowing down is how you take back control.
s-sextortion-money-first-steps-intro-alt = A calm teen holding up a hand to say stop, next to a pile of coins crossed out.
s-sextortion-money-first-steps-dont-pay =
    <b>Don't pay.</b> Not money, not gift cards, not game credit. The FBI warns that even when young people pay, scammers often ask for more and make more threats.

    <b>Stop replying.</b> Don't argue, beg or bargain. You don't have to answer any message or meet any deadline. Silence gives them nothing to work with.
s-sextortion-money-first-steps-evidence =
    <b>Save evidence</b> before you block: screenshots of the chat and the threats, their username and profile link, and any payment details they sent.

    <b>Block and report</b> the account in the app. If there's an option about threats, blackmail or nudity, choose it.

    <b>Don't delete your account</b> yet: the messages help platforms and police stop them.
s-sextortion-money-first-steps-q1 = They write: “Pay in ten minutes or everyone sees it.” What's the best move?
s-sextortion-money-first-steps-q1-a = Pay, so it ends
s-sextortion-money-first-steps-q1-a-why = Wanting it over fast is completely understandable. But paying usually leads to more demands. Keep your money and get help instead.
s-sextortion-money-first-steps-q1-b = Beg them to delete it
s-sextortion-money-first-steps-q1-b-why = It's natural to try to reason with them. But replying shows them you're scared, and they use that. Silence works better.
s-sextortion-money-first-steps-q1-c = Stop replying, save evidence, block, tell someone
s-sextortion-money-first-steps-q1-c-why = The deadline is a pressure trick. Screenshots, a block and a report, and a trusted adult or helpline on your side: that's how you get out of this.
s-sextortion-money-first-steps-what-to-do =
    <b>What to do</b>
    Don't pay. Stop replying. Save screenshots. Block and report, but keep your account. Then tell someone <b>now</b>: a trusted adult or a child helpline (116 111 in many countries). If you feel in danger, call your local emergency number.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Tell someone, take it down

s-sextortion-money-tell-takedown-title = Tell someone, take it down
s-sextortion-money-tell-takedown-intro =
    Telling someone can feel like the hardest part. You might worry about getting in trouble, or about what they'll think of you.

    Most adults, and every child helpline, will be on your side. This is a crime against you. You won't be in trouble for asking for help, even if you broke a rule or sent the picture.
s-sextortion-money-tell-takedown-intro-alt = A teen talking with a trusted adult who listens kindly, with a heart between them.
s-sextortion-money-tell-takedown-who-to-tell =
    Who to tell:
    • A parent or carer, an older relative, a teacher or a school counsellor.
    • A child helpline: free, private, and you don't have to give your name (116 111 in many countries).

    How to start: “Someone online is threatening me and I need help.” You don't have to explain everything at once. If the first person doesn't help, tell someone else.
s-sextortion-money-tell-takedown-take-it-down =
    You can also help stop the picture spreading, even before they share it.

    <b>Take It Down</b> (takeitdown.ncmec.org) is free and you can use it without giving your name. It's for nude or sexual images of you from when you were under 18. It makes a digital fingerprint of the image on your own device, and apps that take part use the fingerprint to find and remove copies. The image itself is never uploaded.
s-sextortion-money-tell-takedown-q1 = What's true about Take It Down?
s-sextortion-money-tell-takedown-q1-a = It can work before the picture is shared
s-sextortion-money-tell-takedown-q1-a-why = You can use it as soon as you're worried, without giving your name. Apps that take part can then block the image if someone tries to post it there.
s-sextortion-money-tell-takedown-q1-b = I have to upload the picture to them
s-sextortion-money-tell-takedown-q1-b-why = That's a common worry. But the picture stays on your device: only its digital fingerprint is sent.
s-sextortion-money-tell-takedown-q1-c = It only works if I go to the police first
s-sextortion-money-tell-takedown-q1-c-why = The police can help, and telling them is a good step. But you can use Take It Down on your own or with a trusted adult, without going to them first.
s-sextortion-money-tell-takedown-not-your-fault =
    Whatever happened before the threats, the person blackmailing you is the one committing a crime. Trusting someone, flirting or sending a picture doesn't make this your fault.

    Scammers try to make you feel alone and ashamed so you keep quiet. The moment you tell someone, their power starts to fade.
s-sextortion-money-tell-takedown-q2 = Whose fault is sextortion?
s-sextortion-money-tell-takedown-q2-a = Mine, because I sent the picture
s-sextortion-money-tell-takedown-q2-a-why = Lots of people blame themselves, and the scammer wants you to. But sending a picture to someone you trusted isn't a crime. Blackmail is.
s-sextortion-money-tell-takedown-q2-b = Only the person making the threats
s-sextortion-money-tell-takedown-q2-b-why = The person threatening you chose to commit a crime. You deserve help and support, not blame.
s-sextortion-money-tell-takedown-q2-c = A bit of both of us
s-sextortion-money-tell-takedown-q2-c-why = It can feel that way when you're scared. But the blame isn't shared: it belongs to the person making threats.
s-sextortion-money-tell-takedown-what-to-do =
    <b>What to do</b>
    Tell a trusted adult or a child helpline today (116 111 in many countries). Use takeitdown.ncmec.org to help stop the image spreading, and report the account in the app. You won't be in trouble for asking for help.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: When it feels like too much

s-sextortion-money-too-much-title = When it feels like too much
s-sextortion-money-too-much-intro =
    Being threatened like this can be overwhelming. You might feel panicked or ashamed, be unable to sleep, or feel like there's no way out.

    Those feelings are a normal reaction to something frightening. They don't mean things can't get better. With help, they do. Many young people have been through this and come out the other side.
s-sextortion-money-too-much-intro-alt = A teen on the phone to a helpline while the sun rises behind them.
s-sextortion-money-too-much-reach-out =
    <b>If you're having thoughts of hurting yourself, call your child helpline or your local emergency number now.</b> In many countries the child helpline is 116 111. It's free, and someone is there to listen.

    You don't need the right words. “I'm being threatened online and I can't cope” is enough. You don't have to face this alone, not even for one night.
s-sextortion-money-too-much-q1 = It's late, you're scared, and you feel like you can't cope. What helps right now?
s-sextortion-money-too-much-q1-a = Keep it to myself until morning
s-sextortion-money-too-much-q1-a-why = Wanting to hide it is understandable, especially at night. But you don't have to wait: helplines and emergency numbers are there right now, and talking helps.
s-sextortion-money-too-much-q1-b = Call a helpline or wake a trusted adult
s-sextortion-money-too-much-q1-b-why = Reaching out straight away is strong, not weak. A helpline or an adult can help you feel safer tonight and make a plan for tomorrow.
s-sextortion-money-too-much-q1-c = Pay them so the feeling stops
s-sextortion-money-too-much-q1-c-why = Anything that ends the fear can seem worth it. But paying usually brings more demands. Talking to someone is what really helps.
s-sextortion-money-too-much-friend =
    If a friend tells you they're being threatened and they sound hopeless, or say they want to hurt themselves:
    • Take it seriously, and stay with them, in person or on the phone.
    • Tell them: “This isn't your fault. We'll get help.”
    • Get a trusted adult involved right away, or call a helpline or your local emergency number together.

    You don't have to fix it. Getting help is enough.
s-sextortion-money-too-much-what-to-do =
    <b>What to do</b>
    If you're having thoughts of hurting yourself, call your child helpline (116 111 in many countries) or your local emergency number now. If you're scared but safe, tell a trusted adult today. This will pass, and you don't have to go through it alone.

    Tap <b>Get help</b> anytime to see the helpline and emergency numbers for your country.
