## Series: AI fakes and nudify apps (ai-images), for teens 13-17.
## Grounded in NCMEC (generative AI, Take It Down), Thorn, IWF/Childline and eSafety guidance, paraphrased.

s-ai-images-title = AI fakes and nudify apps
s-ai-images-about = How AI can turn an ordinary photo into a fake nude, why making or sharing one is abuse, and what to do if it happens to you or a friend. It's never your fault.

## Lesson 1: What AI fakes are

s-ai-images-what-they-are-title = What AI fakes are
s-ai-images-what-they-are-intro =
    Lots of apps use AI to change photos. Most of it is fun: filters, funny faces, new backgrounds.

    But some tools, often called <b>nudify</b> or “undress” apps, take an ordinary photo of a real person, fully dressed, and make a fake nude or sexual picture of them. Fakes like this are also called <b>deepfakes</b>.

    The person in the photo never agreed. Often they don't even know it exists.
s-ai-images-what-they-are-intro-alt = An ordinary portrait photo, an arrow with sparkles, and a second photo covered by a red block sign.
s-ai-images-what-they-are-how-made =
    All someone needs is a normal photo: a selfie, a team picture, a profile picture. The fake can look very real, even though it isn't.

    So it can happen to anyone, including people who have never sent a nude. If it happens to you, it's not because of anything you did or posted.
s-ai-images-what-they-are-how-common =
    This isn't rare, and you're not the only one who has come across it. In a survey of young people aged 13 to 20, <b>1 in 17</b> teens said someone had made a deepfake nude of them, and <b>84%</b> of teens said these fakes are harmful (Thorn, 2025).

    Most young people know it's wrong. That matters: the more people refuse to share fakes, the less they spread.
s-ai-images-what-they-are-q1 = Someone used an app to make a fake nude of a classmate. Which is true?
s-ai-images-what-they-are-q1-a = It's fake, so nobody really gets hurt
s-ai-images-what-they-are-q1-a-why = The picture isn't real, that part is true. But the person in it feels the shame, the fear and the gossip as if it were. That's why making or sharing one counts as abuse.
s-ai-images-what-they-are-q1-b = It's abuse, even though it's fake
s-ai-images-what-they-are-q1-b-why = The harm is real even when the picture isn't: the person never agreed, and people who see it may believe it. Making or sharing a fake nude of someone is abuse, whoever it's about.
s-ai-images-what-they-are-q1-c = It's only a problem if it looks real
s-ai-images-what-they-are-q1-c-why = How real it looks doesn't change much. Even an obvious fake can embarrass someone and be used to bully them, and the person still never agreed to it.
s-ai-images-what-they-are-what-to-do =
    <b>What to do</b>
    If you see a fake nude of anyone: don't share it, don't comment on it, and report it in the app. If it's of you or a friend, tell a trusted adult or call a child helpline (116 111 in many countries). The next lessons show the steps.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Fake picture, real harm

s-ai-images-still-abuse-title = Fake picture, real harm
s-ai-images-still-abuse-intro =
    People sometimes make fakes “as a joke”, to get back at someone, or because a group chat dared them. To them it may seem like a bit of fun.

    For the person in the picture, it can feel like their body and their privacy were taken from them. They may feel ashamed, scared to go to school, or very alone. And once a fake is shared, it can travel far and fast.
s-ai-images-still-abuse-intro-alt = A worried teen in the middle, with the same picture appearing on several phones around them.
s-ai-images-still-abuse-not-a-joke =
    Making, asking for or sharing a fake nude of a real person is <b>image-based abuse</b>. It doesn't matter that the picture is fake.

    When the person is under 18, NCMEC, a child-protection charity, warns that making or sharing these fakes is not only very harmful: it can have serious legal consequences too, even when it's done by other teens.
s-ai-images-still-abuse-q1 = A friend says: “Send me her photo, I'll put it through the nudify app. Just for a laugh.” What do you do?
s-ai-images-still-abuse-q1-a = Send it, it's only a joke
s-ai-images-still-abuse-q1-a-why = Going along with a friend can feel easier than saying no. But a “joke” like this can badly hurt her, and sending the photo would make you part of it.
s-ai-images-still-abuse-q1-b = Say no, and tell them it's not OK
s-ai-images-still-abuse-q1-b-why = Saying no stops it before it starts, and you don't need a long reason: “No. That's not funny, it's abuse.” If they do it anyway, report it and tell a trusted adult.
s-ai-images-still-abuse-q1-c = Stay quiet and let them decide
s-ai-images-still-abuse-q1-c-why = Staying out of it can feel safer. But silence can look like agreeing. A short no, or telling an adult, can protect her.
s-ai-images-still-abuse-in-a-chat =
    If a fake turns up in a chat you're in, you still have choices:
    • Don't save it or forward it.
    • Say it's not OK, if you feel safe to.
    • Report the post and the account in the app.
    • Tell a trusted adult, and check in with the person in the picture.

    If you shared one before and regret it, it's not too late: delete it, stop sharing, and talk to an adult you trust.
s-ai-images-still-abuse-q2 = Which of these helps the person in a fake picture most?
s-ai-images-still-abuse-q2-a = Forward it so they know it's out there
s-ai-images-still-abuse-q2-a-why = Wanting them to know comes from a caring place. But forwarding spreads it further. You can tell them, or tell an adult, without sending the picture.
s-ai-images-still-abuse-q2-b = Report it, and don't pass it on
s-ai-images-still-abuse-q2-b-why = Every share makes a picture harder to remove. Reporting it helps get it taken down, and not passing it on means it stops with you.
s-ai-images-still-abuse-q2-c = Post that it's fake
s-ai-images-still-abuse-q2-c-why = Standing up for them is kind. But a public post can send more people looking for the picture. Report it, and support them privately.
s-ai-images-still-abuse-what-to-do =
    <b>What to do</b>
    Never make, ask for or share a fake nude of anyone. If you see one: don't pass it on, report it in the app, and tell a trusted adult. Not sure what to do? A child helpline can talk it through with you (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: If it happens to you

s-ai-images-if-it-happens-title = If it happens to you
s-ai-images-if-it-happens-intro =
    Finding a fake nude of yourself can bring a rush of feelings: shock, anger, shame, panic. All of them make sense.

    Remember this: <b>it's not your fault</b>. You didn't make it and you didn't agree to it. The person who made or shared it is the one responsible. You're not in trouble, and you can get help to deal with it.
s-ai-images-if-it-happens-intro-alt = A caring adult with an arm around a teen, next to a big green shield with a heart on it.
s-ai-images-if-it-happens-first-steps =
    First steps:
    • <b>Don't share it</b> with anyone, not even to show how bad it is.
    • <b>Keep evidence</b>: screenshot the messages, usernames and links showing where it was posted. You don't need to keep copies of the picture itself.
    • <b>Don't reply</b> to whoever made it, and never pay anyone who threatens you with it.
    • <b>Tell someone</b> you trust, today.
s-ai-images-if-it-happens-report =
    Then <b>report it</b>:
    • In the app where it appears: report the post and the account.
    • To a <b>reporting hotline</b> for sexual images of under-18s. They deal with fakes too: 19% of confirmed reports to the UK's Report Remove service involved pictures changed digitally, including with AI (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) helps remove nude or sexual images of you from when you were under 18 from apps that take part. Check its page to see if it fits your case.
s-ai-images-if-it-happens-q1 = Someone made a fake nude of you and it's going round. What's a good first move?
s-ai-images-if-it-happens-q1-a = Delete all my accounts and disappear
s-ai-images-if-it-happens-q1-a-why = Wanting to vanish is a very normal reaction. But deleting your accounts can remove evidence that helps get the picture taken down. Keep them for now, block, and get help.
s-ai-images-if-it-happens-q1-b = Save evidence, report it, tell someone
s-ai-images-if-it-happens-q1-b-why = Screenshots of where it was posted and who posted it, reports in the app and to a hotline, and a trusted adult or helpline on your side: that's how fakes get removed.
s-ai-images-if-it-happens-q1-c = Message everyone that it's fake
s-ai-images-if-it-happens-q1-c-why = Of course you want people to know the truth. But mass messages can send more people looking for it. Let the reports, and the people helping you, do the work.
s-ai-images-if-it-happens-what-to-do =
    <b>What to do</b>
    It's not your fault. Don't share it. Save evidence. Report it in the app and to a hotline, and check takeitdown.ncmec.org. Tell a trusted adult or call a child helpline (116 111 in many countries). If someone threatens you, or you feel unsafe, call your local emergency number.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: If it happens to a friend

s-ai-images-friend-title = If it happens to a friend
s-ai-images-friend-intro =
    If a friend has been targeted, you can make a big difference just by how you react.

    Your friend may feel embarrassed, angry, or afraid that everyone has seen it. They might not want to talk at first, and that's OK. What they need most is to know you're on their side.
s-ai-images-friend-intro-alt = Two friends standing close, one comforting the other, next to a phone showing a blocked picture.
s-ai-images-friend-support =
    Things that help:
    • “I believe you. This isn't your fault.”
    • “I haven't shared it, and I won't.”
    • “Do you want help reporting it, or shall I come with you to tell an adult?”

    Things to avoid: asking to see it, blaming them for posting photos, or telling other people their story.
s-ai-images-friend-q1 = Your friend finds out there's a fake nude of them. What do you say first?
s-ai-images-friend-q1-a = “Why did you post that photo?”
s-ai-images-friend-q1-a-why = You may just be trying to understand what happened. But it sounds like blame, and the photo wasn't the problem: the person who faked it was.
s-ai-images-friend-q1-b = “That's awful. It's not your fault. I'm here.”
s-ai-images-friend-q1-b-why = Starting with belief and support helps your friend feel less alone. Then you can help them save evidence, report it and tell a trusted adult.
s-ai-images-friend-q1-c = “Show me, I want to see how bad it is.”
s-ai-images-friend-q1-c-why = Wanting to understand is natural. But looking at it can add to their shame, and you don't need to see it to help.
s-ai-images-friend-next-steps =
    Help your friend take the steps: screenshots of where it was posted, reports in the app and to a hotline, and a trusted adult or helpline.

    If your friend seems very low, is being threatened, or asks you to keep it all secret, tell a trusted adult anyway. That isn't betraying them. It's getting them the help they need.
s-ai-images-friend-q2 = Your friend begs you not to tell anyone, and they seem really down. What do you do?
s-ai-images-friend-q2-a = Keep the secret, like they asked
s-ai-images-friend-q2-a-why = Loyalty matters. But some things are too heavy for two friends to carry alone, and when a friend is this low, an adult needs to know.
s-ai-images-friend-q2-b = Tell a trusted adult, and let my friend know
s-ai-images-friend-q2-b-why = You can say: “I care about you too much to keep this to myself.” A trusted adult or a helpline can support both of you.
s-ai-images-friend-q2-c = Post about it so people stop sharing
s-ai-images-friend-q2-c-why = Wanting to protect them is good. But a post can make more people go looking. Reporting quietly and getting an adult involved works better.
s-ai-images-friend-what-to-do =
    <b>What to do</b>
    Believe your friend. Don't share it and don't ask to see it. Help them save evidence, report it and tell a trusted adult. You can also contact a child helpline together (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.
