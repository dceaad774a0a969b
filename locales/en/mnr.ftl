## MNR model: names and one-line descriptions of the 6 domains, 21 capabilities and 4 maturity phases.
## Structure: content/mnr/model.yaml. Paraphrased from the WeProtect Global Alliance Model National Response and its Maturity Model.

## Domains
mnr-domain-policy = Policy and governance
mnr-domain-justice = Criminal justice
mnr-domain-victim = Victim
mnr-domain-societal = Societal
mnr-domain-industry = Industry
mnr-domain-media = Media and communications

## Capabilities: name, then what "good" looks like
mnr-cap-1 = Leadership
mnr-cap-1-desc = An accountable national body, ideally led by government, brings all sectors together to govern and oversee the response.
mnr-cap-2 = Research, analysis and monitoring
mnr-cap-2-desc = A national analysis of the situation, risks and response, with measurable indicators to track progress.
mnr-cap-3 = Legislation
mnr-cap-3-desc = A comprehensive legal framework makes it possible to investigate offenders and protect victims.
mnr-cap-4 = Dedicated law enforcement
mnr-cap-4-desc = Trained officers with a national remit run proactive and reactive, victim-focused investigations and cooperate internationally.
mnr-cap-5 = Judiciary and prosecutors
mnr-cap-5-desc = Judges and prosecutors are trained and keep the victim at the centre of every case.
mnr-cap-6 = Offender management process
mnr-cap-6-desc = Offenders are managed to prevent reoffending, both within the country and internationally.
mnr-cap-7 = Access to image databases
mnr-cap-7-desc = A national database of child sexual abuse material is in place and linked to INTERPOL's ICSE database.
mnr-cap-8 = End-to-end support
mnr-cap-8-desc = Victims receive integrated support throughout investigation and prosecution, and in after-care.
mnr-cap-9 = Child protection workforce
mnr-cap-9-desc = A trained, coordinated child protection workforce is available to support victims.
mnr-cap-10 = Compensation, remedies and complaints
mnr-cap-10-desc = Victims and their families have accessible procedures to seek compensation and remedies and to make complaints.
mnr-cap-11 = Child helpline
mnr-cap-11-desc = Children can report abuse and get support from a helpline that refers them to ongoing services.
mnr-cap-12 = Reporting hotline
mnr-cap-12-desc = The public can report child sexual abuse material online to a hotline linked to law enforcement and internet providers.
mnr-cap-13 = Education programme
mnr-cap-13-desc = Children and young people, parents and carers, teachers, practitioners and faith leaders learn the risks and how to keep children safe.
mnr-cap-14 = Child participation
mnr-cap-14-desc = Children are encouraged and enabled to share ideas and influence the policy and practice that affect them.
mnr-cap-15 = Offender support systems
mnr-cap-15-desc = People at risk of offending can get medical, psychological and self-help support, and know that it exists.
mnr-cap-16 = Takedown procedures
mnr-cap-16-desc = Child sexual abuse material hosted or accessed in the country is quickly removed or blocked.
mnr-cap-17 = Industry reporting
mnr-cap-17-desc = The law protects companies so that they can report child sexual exploitation and abuse to law enforcement.
mnr-cap-18 = Innovative solution development
mnr-cap-18-desc = Industry is engaged in developing solutions to local problems of child sexual exploitation and abuse.
mnr-cap-19 = Corporate social responsibility
mnr-cap-19-desc = Companies run effective programmes that put children's safety and well-being first.
mnr-cap-20 = Ethical and informed media reporting
mnr-cap-20-desc = The media report ethically and accurately, raising awareness and understanding of the problem.
mnr-cap-21 = Universal terminology
mnr-cap-21-desc = Shared terminology guidelines, such as the Luxembourg Guidelines, are applied consistently across sectors.

## Maturity phases, in order
mnr-phase-building = Building
mnr-phase-building-desc = First steps: little is in place yet, or only on paper.
mnr-phase-enhancement = Enhancement
mnr-phase-enhancement-desc = Foundations exist and are being strengthened, but coverage and quality are still uneven.
mnr-phase-integration = Integration
mnr-phase-integration-desc = Works in practice and is joined up with other services and sectors across the country.
mnr-phase-maturity = Maturity
mnr-phase-maturity-desc = Sustained, well resourced, regularly reviewed and improved; others can learn from it.
