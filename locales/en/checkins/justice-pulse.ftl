## Check-in: Justice pulse (justice-pulse), for police, justice and government.
## Structure: content/checkins/justice-pulse.yaml. Legislation, investigations, courts, offender management, image databases, terminology.

ci-justice-pulse-title = Justice pulse
ci-justice-pulse-about = Six questions on the law, investigations, courts and offender management. It takes about 3 minutes, and answers are only ever shown in aggregate.
ci-justice-pulse-legislation = How far along is your country's legislation in providing a comprehensive framework to investigate offenders and protect victims of child sexual exploitation and abuse, online and offline?
ci-justice-pulse-barrier = What is the main barrier to investigating online child sexual exploitation and abuse in your country?
ci-justice-pulse-barrier-funding = Funding and staffing
ci-justice-pulse-barrier-training = Specialist training
ci-justice-pulse-barrier-tools = Technical tools and digital forensics
ci-justice-pulse-barrier-cooperation = International cooperation
ci-justice-pulse-barrier-laws = Gaps in the law
ci-justice-pulse-barrier-other = Something else
ci-justice-pulse-judiciary = Judges and prosecutors in my country are trained to handle child sexual exploitation and abuse cases and keep the child victim's needs at the centre.
ci-justice-pulse-offender-mgmt = How far along is your country in managing people convicted of sexual offences against children, to prevent reoffending at home and across borders?
ci-justice-pulse-image-database = Does your country have a national database of child sexual abuse material that is connected to INTERPOL's International Child Sexual Exploitation (ICSE) database?
ci-justice-pulse-terminology = Police, prosecutors and courts in my country consistently use shared terms, such as “child sexual abuse material”, in line with the Luxembourg Guidelines.
