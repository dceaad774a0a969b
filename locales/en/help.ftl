## Help resources (/help, the help button, help words, disclosures).
## What each kind of service is; the service's own name is shown as it is, never translated.
## An id ending in -caregiver or -professional is shown to that audience, one ending in -adult to both; the plain id
## to young people and to anyone the bot does not know yet.

help-kind-child_helpline = Child helpline: talk to someone, free and confidential
help-kind-child_helpline-adult = Child helpline: for children, and for adults worried about a child
help-kind-abuse_report_line = Report child abuse
help-kind-online_help = Help with something that happened online, like getting an image removed
help-kind-online_help-adult = Help when a child is harmed online, including getting images removed
help-kind-hotline = Report sexual images or videos of children online
help-kind-emergency = Emergency
help-kind-takedown_minor = A nude or sexual image of you taken before you were 18? Get it taken down, anonymously
help-kind-takedown_minor-caregiver = A nude or sexual image of your child, taken before they were 18? They can get it taken down anonymously, and you can help
help-kind-takedown_minor-professional = A nude or sexual image of a child or young person, taken before they were 18? They can get it taken down anonymously
help-kind-takedown_adult = For adults (18+): stop intimate images of you being shared
help-kind-takedown_adult-adult = An intimate image of you, taken when you were 18 or older, shared or threatened? Stop it spreading
help-kind-helpline_directory = Find the child helpline in your country
help-kind-hotline_directory = Find a reporting hotline in your country

help-hours-24-7 = 24/7
help-chat = Chat: { $url }
help-no-helpline = We haven't yet confirmed a child helpline in { $country }. Child Helpline International lists helplines around the world (below).

help-footer-emergency-adult = I'm a bot: I can't investigate or contact anyone for you. <b>If a child is in danger right now, call { $number }.</b>
help-footer-local-adult = I'm a bot: I can't investigate or contact anyone for you. <b>If a child is in danger right now, call your local emergency number.</b>
