## Check-in: General pulse (general-pulse), for all sectors.
## Structure: content/checkins/general-pulse.yaml. One question per area of the Model National Response.

ci-general-pulse-title = General pulse
ci-general-pulse-about = Eight quick questions across the six areas of the Model National Response. It takes about 3 minutes, and answers are only ever shown in aggregate.
ci-general-pulse-leadership = How far along is your country's national leadership on online child sexual exploitation and abuse, with an accountable body that brings all sectors together?
ci-general-pulse-research = How far along is your country in researching and monitoring online child sexual exploitation and abuse, with a national situation analysis and indicators to track progress?
ci-general-pulse-law-enforcement = How far along is your country's dedicated law enforcement capability for online child sexual exploitation and abuse?
ci-general-pulse-victim-support = How far along is your country in giving child victims end-to-end support, from investigation and prosecution through to after-care?
ci-general-pulse-hotline = Is there a hotline in your country where anyone can report child sexual abuse material found online?
ci-general-pulse-education = How far along is your country's education programme on online child sexual exploitation and abuse, for children and young people, parents and carers, teachers and other professionals?
ci-general-pulse-industry = Technology companies in my country work actively with the authorities and other partners to tackle online child sexual exploitation and abuse.
ci-general-pulse-media = How far along is your country in ethical and informed media reporting on child sexual exploitation and abuse?
