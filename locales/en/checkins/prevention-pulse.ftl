## Check-in: Prevention pulse (prevention-pulse), for education, NGOs, technology, government and others.
## Structure: content/checkins/prevention-pulse.yaml. Education, child participation, help for people at risk of offending, industry and media.

ci-prevention-pulse-title = Prevention pulse
ci-prevention-pulse-about = Seven questions on education, child participation, help for people at risk of offending, and the role of industry and the media. It takes about 3 minutes, and answers are only ever shown in aggregate.
ci-prevention-pulse-education-reach = Which group does education on online child sexual exploitation and abuse reach least well in your country?
ci-prevention-pulse-education-reach-children = Children and young people
ci-prevention-pulse-education-reach-parents = Parents and carers
ci-prevention-pulse-education-reach-teachers = Teachers and school staff
ci-prevention-pulse-education-reach-practitioners = Health, social care and other practitioners
ci-prevention-pulse-education-reach-faith = Faith and community leaders
ci-prevention-pulse-education-reach-other = Another group
ci-prevention-pulse-participation = Children and young people in my country have real opportunities to share their views and influence policy and practice on sexual exploitation and abuse.
ci-prevention-pulse-offender-support = How far along is your country in offering medical, psychological and self-help support to people at risk of sexually offending against children?
ci-prevention-pulse-takedown = How far along is your country in having procedures to quickly remove or block child sexual abuse material hosted or accessed in the country?
ci-prevention-pulse-industry-reporting = Does the law in your country give technology companies clear legal protection when they report child sexual exploitation and abuse to law enforcement?
ci-prevention-pulse-company-programmes = Companies in my country run programmes that put children's safety and well-being first in their products and services.
ci-prevention-pulse-media = The media in my country report on child sexual exploitation and abuse accurately and ethically, without identifying or blaming victims.
