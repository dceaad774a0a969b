## Check-in: Victim pulse (victim-pulse), for social services, health, NGOs and government.
## Structure: content/checkins/victim-pulse.yaml. Support for child victims, the workforce, compensation, helpline and hotline.

ci-victim-pulse-title = Victim support pulse
ci-victim-pulse-about = Six questions on support for child victims, helplines and reporting. It takes about 3 minutes, and answers are only ever shown in aggregate.
ci-victim-pulse-end-to-end = How far along is your country in giving child victims of sexual exploitation and abuse end-to-end support, joined up from investigation and prosecution through to after-care?
ci-victim-pulse-workforce = In my country, trained child protection professionals are available to support child victims of sexual exploitation and abuse when they are needed.
ci-victim-pulse-gap = What is the biggest gap in support for child victims of sexual exploitation and abuse in your country?
ci-victim-pulse-gap-staff = Too few trained staff
ci-victim-pulse-gap-coordination = Weak coordination between services
ci-victim-pulse-gap-reach = Services hard to reach outside cities
ci-victim-pulse-gap-aftercare = Little long-term psychological care
ci-victim-pulse-gap-funding = Short-term or insufficient funding
ci-victim-pulse-gap-other = Something else
ci-victim-pulse-compensation = How far along is your country in giving child victims and their families accessible ways to seek compensation and remedies and to make complaints?
ci-victim-pulse-helpline = Does your country have a free child helpline where children can report abuse, get support and be referred to ongoing services?
ci-victim-pulse-hotline = How far along is your country's hotline for reporting child sexual abuse material online, including its links with law enforcement and internet providers?
