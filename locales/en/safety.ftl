## Help and disclosure answers: the first line, first steps for what was recognised, the country picker inside
## help, the gentle line under "I didn't catch that", and the confirmation before a settings change deletes data.
## First steps paraphrase NCMEC, Thorn, the FBI and eSafety (shared/domain/safety.md).

first-helpline = 📞 <b>Talk to someone now:</b> { $name }, { $reach } (free and confidential)
first-directory = 📞 <b>Find a child helpline where you live:</b> { $name }, { $reach }
first-emergency = 🚨 <b>If you are in danger right now, call { $number }.</b>
steps-title = <b>What you can do now</b>
steps-sextortion =
    • You are not in trouble: the person threatening you is the one doing wrong.
    • Don't pay and don't send anything more: paying rarely makes it stop.
    • Keep the evidence: screenshots of the chat and the username. Don't delete your account yet.
    • Block and report the account in the app.
    • Take It Down can stop your pictures spreading, without anyone seeing them.
    • Tell an adult you trust or call a helpline now: this moves fast, so don't wait.
steps-image_shared =
    • Sharing your pictures without your OK is abuse.
    • If someone asks for money or more pictures: don't pay and don't send anything.
    • Keep the evidence: screenshots, links and usernames.
    • Report the post and the account in the app, and to the hotline below.
    • Take It Down can help get your pictures taken down, anonymously.
    • Tell an adult you trust or a helpline.
steps-ai_image =
    • A fake picture is still abuse, even if it was made with AI.
    • If someone asks for money or more pictures: don't pay and don't send anything.
    • Keep the evidence: screenshots, links and usernames.
    • Report it in the app and to the hotline below.
    • Take It Down can help get it taken down, anonymously.
    • Tell an adult you trust or a helpline.
steps-grooming =
    • An adult who asks you to keep secrets or send pictures is doing wrong, not you.
    • If it's online: stop replying and keep the messages, then block and report the account.
    • Don't meet them, and try not to be alone with them.
    • Tell an adult you trust today (not this person): someone at school or in your family. Or call the child helpline.
steps-abuse =
    • If you are in danger now, call the emergency number.
    • Tell an adult you trust who is not the person hurting or threatening you: someone at school or in your family. Or call the child helpline: it's free and confidential.
    • If the first person you tell doesn't help, keep telling until someone does.
steps-threat =
    • If you are in danger now, call the emergency number.
    • Tell an adult you trust today, not the person threatening you: someone at school or in your family. Or call the child helpline: it's free and confidential.
    • Until then, stay close to people you trust, and don't go alone to places where they could find you.
    • If the threats come by message or online: don't reply, keep them as evidence, then block and report the account.
steps-general =
    • You did the right thing by telling someone.
    • Tell an adult you trust, or talk to the child helpline: it's free and confidential.
    • If you are in danger right now, call the emergency number.
more-help =
    <b>More ways to get help</b>

    • <b>Telling someone:</b> pick an adult you trust (a parent, a relative, a teacher, a coach). You can start with "Something happened online and I need help." You can show them this chat.
    • <b>Helplines</b> are free and confidential. They listen, and they don't judge or tell anyone without asking you, unless someone is in danger.
    • <b>Reporting in an app:</b> press and hold the message or open the profile, then choose "Report". Take screenshots first.
    • Whatever happened, it is not your fault.
btn-more-help = 💬 More help
btn-back-to-where = ↩️ Back to where I was
btn-help-country = 🌍 Choose my country
btn-help-country-other = 🔤 Another country (A-Z)
help-pick-country = 🌍 Which country are you in? I'll show help that works there. Nothing is saved.
unknown-text-gentle = 💛 If something online is worrying you, tap 🆘 and I'll show you who can help.
settings-age-confirm =
    ⚠️ In { $country }, Telegram is for people aged 16 and over. If you make this change, I'll have to <b>delete everything I keep about you</b>:
    • your language, age group and country
    • your lesson progress and quiz answers
    • your lesson ratings and poll answers, and your share link

    Anonymous counts stay, with nothing that links them to you. This can't be undone. Help will still work at any time.
btn-settings-delete = Change and delete my data
btn-settings-keep = ⬅️ No, keep my settings
age-gate-16-deleted =
    Done: I have deleted everything I kept about you. In { $country }, Telegram is for people aged 16 and over, so I can't go on with you.

    If something online worries you, talk to an adult you trust, or use one of these:
steps-caregiver = If this is about your child: stay calm, thank them for telling you and make clear it is not their fault. These are the steps to take with them:
