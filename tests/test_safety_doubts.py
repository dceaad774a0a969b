"""Doubts (content/help/safety/rules.yaml `doubts`): harmless readings that outweigh every rule unless the message
shows the writer, or a child close to them, is involved; and the lexicon rules that keep one language's words from
being read in another's (glued prefixes and endings, real words that are not typos, roots inside words)."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.content.help import SafetyContent, SafetyDoubt
from bot.services.safety import SafetyMatcher
from bot.services.safety.lexicon import Lexicon
from bot.services.safety.rules import Rule, RuleBook
from bot.settings import PROJECT_ROOT
from tests.auxil.safety import safety_language


@pytest.fixture(scope="module")
def content() -> SafetyContent:
    return load_catalog(PROJECT_ROOT / "content").safety


@pytest.fixture(scope="module")
def matcher(content: SafetyContent) -> SafetyMatcher:
    return SafetyMatcher.from_content(content)


# --- the mechanism ----------------------------------------------------------------------------------------


def _rulebook() -> RuleBook:
    rule = Rule("sextortion", (frozenset({"THREAT"}), frozenset({"IMAGE"})), frozenset(), None)
    doubt = Rule.compile(SafetyDoubt(name="hypothetical", when=["HYPOTHETICAL"], unless=["ME|MY"], why="a test"))
    return RuleBook([rule], [doubt])


def test_a_doubt_outweighs_a_rule_that_holds() -> None:
    book = _rulebook()
    assert book.first({"THREAT", "IMAGE"}, 5) is not None
    assert book.first({"THREAT", "IMAGE", "HYPOTHETICAL"}, 5) is None


def test_a_doubt_is_lifted_when_the_writer_is_in_the_message() -> None:
    book = _rulebook()
    assert book.first({"THREAT", "IMAGE", "HYPOTHETICAL", "MY"}, 5) is not None


def test_a_doubt_naming_an_unknown_concept_is_refused(content: SafetyContent) -> None:
    data = content.rules.model_dump()
    data["doubts"].append({"name": "typo", "when": ["HYPOTHETICALL"], "why": "a misspelt concept"})
    with pytest.raises(ValueError, match="HYPOTHETICALL"):
        type(content.rules).model_validate(data)


def test_a_cancel_naming_an_unknown_concept_or_itself_is_refused(content: SafetyContent) -> None:
    data = content.rules.model_dump()
    data["cancels"].append({"concept": "NOT_A_JOKE", "cancels": ["LAUGHS"], "why": "a misspelt concept"})
    with pytest.raises(ValueError, match="LAUGHS"):
        type(content.rules).model_validate(data)
    data["cancels"][-1] = {"concept": "LAUGH", "cancels": ["LAUGH"], "why": "a loop"}
    with pytest.raises(ValueError, match="cancels itself"):
        type(content.rules).model_validate(data)


@pytest.mark.parametrize(
    ("text", "cancelled"),
    [
        ("dicen que me van a matar a la salida y no es broma", "LAUGH"),
        ("il a dit qu'il allait me casser les jambes et c'est pas une blague", "LAUGH"),
        ("dia ngancam mau sebar video aku, bukan bercanda", "LAUGH"),
        ("o meu tio diz que e a nossa brincadeira e que eu nao posso contar", "LAUGH"),
    ],
)
def test_saying_it_is_no_joke_takes_the_joke_back(matcher: SafetyMatcher, text: str, cancelled: str) -> None:
    assert cancelled not in matcher.concepts(text)
    assert matcher.disclosure_kind(text) is not None, sorted(matcher.concepts(text))


@pytest.mark.parametrize("text", ["te voy a matar jajaja", "il m'a menace de spoiler la serie mdr",
                                  "dia ngancam mau sebar meme aku wkwk"])
def test_a_joke_not_taken_back_still_keeps_the_rules_off(matcher: SafetyMatcher, text: str) -> None:
    assert "LAUGH" in matcher.concepts(text)
    assert matcher.disclosure_kind(text) is None, sorted(matcher.concepts(text))


# --- the doubts in rules.yaml, in several languages --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # hypothetical and general questions
        "what should someone do if they are being blackmailed",
        "what if someone threatens to post your pics",
        "que faire si quelquun nous fait du chantage",
        "que deberia hacer alguien si lo chantajean",
        "apa yang harus dilakukan kalau seseorang diperas",
        "kwa nini watu hutishia wengine",
        # news and celebrities
        "the news said a man was arrested for sextortion",
        "في الاخبار قبضوا على واحد بيبتز بنات",
        "did you see the deepfake of that celebrity",
        # asking how to do something harmless
        "can i use ai to edit my photo",
        "me recomiendas una app para editar fotos",
        # "my mom will kill me"
        "mes parents vont me tuer jai perdu mes cles",
        "ortu bakal bunuh aku kunci ilang",
        # a fight between brothers and sisters
        "my brother punched me in the arm because i took his charger",
        "اخويا ضربني عشان اخدت الشاحن",
        # scams without pictures
        "i got a scam text saying i won money",
        # advice, quiz answers, people in general
        "never send nudes to strangers",
        "people who blackmail you often ask for gift cards",
        "nu trimite niciodata nuduri la necunoscuti",
        # games, team tactics, sport
        "in gta you can rob a bank and blackmail people lol",
        "he killed me three times in free fire",
        "the coach said the new tactic stays secret until the match",
        "i got hit in the face by the ball in dodgeball",
        # a crush posting, the writer's own post, a parent's hug
        "my crush posted a pic of us on her story!!",
        "i posted a pic of me on insta",
        "my dad hugged me at the airport",
        # questions about a topic and lessons, make-up
        "what is the difference between sextortion and a normal scam",
        "how do i turn off my location on snap",
        "the teacher showed us how to block someone on tiktok",
        "looking for a nude lipstick for prom",
        # waiting and seeing, by someone the child knows or in a photo
        "my coach waits for me after practice",
        "you can see me in the back of the photo",
        # fourth iteration
        "j'ai vu un porno avec mes potes mdr",  # j'ai is not English "AI"
        "ma mere ma dit de ranger ma chambre",  # "ma" is "my", not "m'a" ("me")
        "ma reuf a balance a ma mere que jai seche",  # balancer: to snitch
        "la prof a balance nos notes devant toute la classe",
        "el profe quemo a mi compa enfrente de todos por copiar",  # quemar: to shame, no picture
        "my mum threatened to take my phone if i dont clean my room",
        "mama ngancem mau ambil hp aku kalo ga beresin kamar",
        "dada yangu alitishia kumwambia mama nilitumia pesa zake",
        "un señor me ayudo con las bolsas y me regalo un dulce",
        "can someone send me the video of the match last night",
        "he said he will kill me in 1v1 tomorrow",
        "minha tia postou as fotos do casamento no face",
        "my little cousin keeps touching my stuff when he comes round",
        "jai vu une video deepfake de macron trop marrante",
        # fifth iteration: secrets kept from a teacher, a brother's things, the writer's own "i'll kill her", art,
        # a strict teacher, gossip, leaked answers, links, a condition given as advice
        "were meeting at the mall after school dont tell coach",
        "ketemuan di kantin ya, jangan bilang bu guru",
        "kaka yangu hugusa vitu vyangu kila siku",
        "mi hermana le dijo a todos que me gusta juan, la voy a matar",
        "we saw a naked statue at the museum",
        "mi-e frica de diriginta, e foarte stricta haha",
        "a girl in my class is spreading rumours that i like her cousin",
        "elle a leak les reponses du controle sur le groupe",
        "someone keeps sending a spam link in the class group",
        "post the pic on your story or nobody will see it",
        "my friend posted a pic of me on her story",
        "minha amiga postou uma foto minha no story dela",
        "mtu alihack insta yangu akapost vitu vya ajabu",
        "il m'a menace de me bloquer si je reponds pas",
        "les gars ont fait fuiter la video du concours de danse",
        "je vais tuer ma soeur elle a mange mon gateau",
        "the guy at the shop was creepy but whatever",
        "aku potong buah pake pisau",
        "estoy enfermo y mi mama me hizo sopa",
        "eu toco violao na igreja",
        "mama me pidio el cuchillo para cortar el pan",
        "o que faco se um estranho me manda mensagem no insta?",
        "na licao sobre sextorsao por que diz pra nao pagar",
        # a parent's hug at bedtime or every day
        "my dad always hugs me goodnight every night",
        "mama me abraza cada noche",
        "ma mère me fait un câlin chaque soir",
        "ibu meluk aku setiap malam",
        "mama hunikumbatia kila siku",
        "mama ma imbratiseaza in fiecare seara",
        # a lesson's subject and being moved, with a named adult's touch in them
        "we learned in class what to do if an adult touches me",
        "her story in class really touched me",
        "mi mama me va a matar si repruebo",
        # batch 83: a family bargain called blackmail, a photo "spread" in the family group, a lesson about it
        "ma soeur me fait du chantage, si je dis pas a maman qu elle sort avec son copain elle me prete son lisseur",
        "fotoku pas wisuda disebar ibuk nang grup keluarga, isin pol",
        "we had an assembly about sextortion today it was sooo awkward",
        # batch 84: a parent announcing a smack over a curfew, a mark or a chore; a lesson, a campaign; my cat
        "ma mere va me frapper si je rentre encore apres le couvre feu",
        "mon daron a dit si je ramene encore un 4 en maths il va me chicoter",
        "my mum said shes gonna smack me if i dont clean my room",
        "minha mae disse que vai me bater se eu nao arrumar o quarto",
        "mama zice ca ma bate daca iau iar 4 la mate",
        "عملوا لنا حملة في المدرسة على التحرش والتنمر",
        "كان عندنا درس عن العنف ضد الاطفال",
        "j'ai mis une photo de mon chat qui dort sur insta",
        # batch 86: a brother or sister who pesters, getting used to something (acostumbrarse), a card game
        "mi hermano me acosa toda la tarde para que le preste la play",
        "me cuesta acostumbrarme al colegio nuevo",
        "ma grand mere me bat toujours aux cartes",
        "mdogo wangu ananisumbua anataka simu yangu",
        # batch 87: a brother or sister teasing with a silly picture; a school campaign
        "ma soeur menace de poster une photo de moi qui ronfle la bouche ouverte",
        "my brother says hell post the video of me singing in the car unless i give him my fries",
        "there's a campaign at school about not sending nudes",
        # batch 88: bare "weird" is ODD (what someone is or does), not unease; odd habits and game play; Darija clothes
        "my little brother does weird stuff at night, he sleepwalks to the fridge",
        "mon petit frere fait des trucs bizarres, il mange du pain avec du ketchup",
        "ce mec fait des trucs bizarres dans fortnite, il construit partout",
        "la profe es rara, habla con las plantas",
        "ghadi nchri 7wayj l3id m3a mama had sbt",
        "el vecino puso la musica muy alta toda la noche",
        # batch 89: a market seller, grilled meat, a crush (words of the fourteenth set's regions)
        "la piata o tanti se tinea dupa mine sa-mi vanda capsuni",
        "mume wa shangazi huchoma nyama tamu sana",
        "rani n7eb wa7da f lycee ama nkhaf nkalamha",
        # batch 90: beaten at a game, hit by a ball, afraid of the dark, a knock, ironing, an example, a jackpot
        "my big sister beat me in chess again",
        "mi primo me gano en el domino otra vez",
        "tata ma bate la sah mereu",
        "nilipigwa na mpira usoni kwenye mechi ya jana",
        "mtoto wangu anaogopa giza, anataka taa iwake usiku",
        "le voisin a frappe a la porte pour un colis",
        "mama ameniambia nipige pasi nguo zangu zote",
        "الشيخ ضرب لنا مثل عن الامانة",
        "atanishinda kwa fifa kesho",
        "eh t'as touche le pactole ou quoi",
        # batch 91: a game won, not being believed about homework, a sermon, an exam question, a habit, a dog
        "my big brother dey beat me for draughts every time, i never win",
        "nobody believes me that i finished my homework lol",
        "le pasteur va toucher nos coeurs ce dimanche",
        "en el examen me toco la pregunta mas dificil",
        "umenichapa tena kwa pool, rematch kesho",
        "my uncle takes me fishing every holiday, its our thing",
        "tenho pavor do cachorro da vizinha",
        # batch 92: the harmless phrases that stand for the everyday nouns taken out of HARMLESS
        "my knee hurts after football training",
        "on a perdu le match de foot 3-0 hier",
        "e secret, ii facem lui tata un tort de ziua lui",
        "badan sakit semua abis olahraga tadi",
        "lol go touch grass bro",
        "my nail colour is nude today",
        "mama alinipiga picha nzuri siku ya idd",
        # batch 93: harmless phrases for the words taken out of HARMLESS and TOPIC, and everyday senses of new words
        "apanhei o comboio das oito para o Porto",
        "a turma toda bateu palmas no fim da apresentacao",
        "pegang hp gw bentar ya, mau ambil minum",
        "nilai ulangan matematika aku 60, jangan bilang mama ya",
        "my dad hit a deer driving home last night",
        "bought a nude lipstick for prom",
        "my sister beat me at arm wrestling again",
        "j'ai pas compris la lecon sur le chantage",
        "ils nous ont parle des deepfakes en cours",
        "i dont understand the lesson about sextortion",
        "el portero me dio un codazo en el partido",
        "ضربت راسي بالباب وانا طالعة",
        "whats a deepfake?",
        "whats sextortion",
        # batch 94: making light of it cancels a laugh, not a parent's idiom; a heartbeat; class photos on the group
        "mom says she'll kill me if i dont clean my room lol its fine tho",
        "imi bate inima tare inainte de concurs",
        "pozele de la excursie sunt pe grupul clasei",
        "i got hit by the ball again at practice, my fault for not looking",
        # batch 95: a sibling to "kill", touched things, games lost, a pan banged, a cake beaten, a sibling's tattling
        "im gonna kill my brother he finished the cereal",
        "my little brother keeps touching my laptop",
        "we have a secret handshake in our friend group",
        "kalah telak di final futsal, 5-0",
        "ayah ngajarin aku pegang setir",
        "kakakku mau ngadu ke mama kalo aku pake bajunya",
        "minha avo bate o bolo na mao",
        "she followed me back on insta omg",
        "mi cousin beat mi at dominoes",
        # batch 96: kupiga as banning or playing, a shock from a cable, tickling, pay received, a ball kicked
        "buda amenipiga marufuku simu mpaka exams ziishe",
        "mwalimu ameniambia nipige gitaa kwenye sherehe",
        "aku kesetrum pas nyentuh kabel setrika",
        "aku geli kalo dipegang, jangan kelitikin",
        "j'ai touche ma paie de babysitting",
        "le prof de sport m'a appris a frapper du pied gauche",
        # batch 97: a ban, pay received, a shout, a stab in the back
        "baba hunipiga marufuku kutazama tv siku za shule",
        "maman a touche sa paie, on va au marche",
        "mi abuela me pego un grito por llegar tarde",
        "she totally stabbed me in the back by telling everyone",
        # batch 98: a grant received, a secret for Father's Day, a tongue burnt, a whistle blown
        "je viens de toucher ma bourse du lycee",
        "dis rien a papa c est un secret pour la fete des peres",
        "la soupe m a brule la langue",
        "o arbitro tocou o apito e o meu tio ficou bravo",
        # batch 102: rain that threatens, a toy sword, food that got burnt
        "ya amenaza con llover y yo sin chamarra",
        "mi hermanito me pega con su espada de plastico cada vez que le apago la tele",
        "se me quemaron los huevos y mi vieja me va a matar",
    ],
)
def test_harmless_readings(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None, sorted(matcher.concepts(text))


@pytest.mark.parametrize(
    "text",
    [
        # a question is a disclosure when the writer is in it
        "what do i do he has my nudes",
        "what if he posts my pics",
        "que hago tiene mis nudes",
        # the news about the writer
        "the guy who blackmailed my sister got arrested but he still has her pics",
        # "will kill me" with a threat, a secret or telling
        "my dad said he will kill me if i tell anyone",
        # a sibling hurt by someone else, or every day
        "he said hes gonna hurt my little sister",
        "khouya kaydrbni kol nhar",
        # a scam with pictures
        "got scammed by a girl on snap she has my nudes and keeps asking for money",
        # advice asked for by the writer in trouble
        "he is threatening me, should i tell a trusted adult",
        # a game, a hug, the writer's own post: with someone real in it
        "a guy on fortnite is blackmailing me",
        "my mums boyfriend hugs me at night when everyone is asleep",
        "i posted a selfie and now some guy says he made a nude of it and will send it to my school",
        # combinations of the third iteration
        "my coach kissed me and said it was normal",
        "he says he will delete the video only if i meet him",
        "something bad happened and im so scared",
        "my ex keeps tracking my location",
        "they said theyll hurt my little brother if i talk",
        "boys in my class use an app that removes clothes from girls photos",
        # fourth iteration
        "il ma touche et jai peur",  # m'a typed without the apostrophe, after a subject
        "jai dit non mais il ma quand meme force",  # même is not the English "meme"
        "il va me balancer si je paye pas",  # balancer with a condition: exposing
        "me exhibieron en un grupo de whatsapp",
        "my mum threatened me with a knife",  # a parent's threat that is not a punishment
        "me tomaron fotos en la fiesta mientras estaba dormida sin ropa",
        "o pai da minha amiga me manda mensagem de madrugada",
        "في ناس قالوا هيموتوني لو اتكلمت",
        "hes been messaging me from different accounts every time i block him",
        # a phone taken to cut the writer off is not an everyday punishment
        "my dad threatened me and took my phone so I can't call anyone",
        "mi papá me amenazó y me quitó el celular para que no llame a nadie",
        "mon père m'a menacé et m'a pris mon téléphone pour que je ne puisse appeler personne",
        # fifth iteration: what lifts the new doubts
        "a man from the gym says dont tell the teacher and gives me money",
        "my brother keeps touching my stuff and comes into my room at night",
        "he posted my pics so im gonna kill him",
        "my teacher is so strict and she hits me when i get it wrong",
        "he is spreading rumours and says he will post my nudes",
        "he asks for pics of me in bed every night",
        "des gars me suivent jusqu'a chez moi",
        "my friend sent her pics to a guy online and now hes posting them",
        "ma pote a poste mes nudes sur son insta",
        "he threatens me every time i block him",
        "il m'envoie des messages chelous la nuit",
        "il a dit je vais tuer ta famille si tu parles",
        "a creepy guy keeps messaging me",
        "el me amenazo con un cuchillo de cocina",
        # a hug every night from a step-parent ("step dad" holds the parent word "dad"), or with a secret
        "my step dad hugs me every night",
        "my dad hugs me every night and says its our secret",
        "my teacher touched me in the lesson",
        # batch 83: what keeps the new doubts from hiding a disclosure
        "bro im being sextorted fr",
        "mon beau-pere me fait du chantage avec mes photos si je dis rien a maman",
        "fotoku tanpa baju disebar ke grup keluarga",
        "un tipo dice que sabe donde vivo y que va a matar a mi mama",
        "soferul ma pune sa stau langa el si imi pune mana pe picior",
        # a lesson named it, and then the writer sees it in their own life (TOPIC and TAUGHT lift the others)
        "we learned about grooming and i think my coach is grooming me",
        "on a appris ce qu est le viol en cours et je crois que mon oncle m a viole",
        # batch 84: no announcement, or telling named; the writer's chat; a workshop where a child works
        "il me frappe si je rentre tard",
        "mon pere va me frapper si je dis a maman ce qu il fait",
        "my dad said if i tell anyone hes gonna beat me",
        "un mec me menace sur mon chat de publier mes nudes",
        "بشتغل في ورشه وصاحبها بيضربني كل يوم",
        "fi 7ada bi2zeni w ma ba2dar a7ki la 7ada",
        "mart abi bt2olli iza 7akit la baba ra7 t2tolni",
        "il demande 20 mil pour pas envoyer mes photos",
        "en clase nos explicaron la sextorsion y a mi me estan extorsionando con fotos",
        "el vecino me acosa cuando salgo de la escuela",
        "le chauffeur envoie des mots d amour a ma fille de 12 ans",
        "kaka yangu ananisumbua usiku akiingia chumbani kwangu",
        # a silly picture is no tease when undressed or held by a grown-up; old men online, deleting the chats
        "my brother threatens to post a video of me singing in the shower naked",
        "un vieux de fb dit que c est notre secret",
        "me pidio que borrara todos los chats",
        # batch 88: strange messages, an unnamed act, a face put on a video with AI, a teacher of music or football
        "il m envoie des messages bizarres la nuit",
        "mon beau-pere me fait la chose quand maman est au travail",
        "عمي يدير فيا حوايج ما بغيتهاش",
        "pusieron mi cara en un video con ia y lo pasan por el grupo del cole",
        "el profe de musica me toca las piernas",
        "o mister do futebol disse pra nao contar a ninguem e quer me ver sozinho",
        "kuna muntu iko na video yangu anadai franga",
        # batch 89: British, Rioplatense, Algerian and Reunion forms; a belt without the word for hitting
        "mam's boyfriend keeps knocking me about and says he'll do worse if i tell",
        "un jovato le hace algo a mi hermanita y ella no quiere contar",
        "baba ydarbni bzaf b semta",
        "in gramoun i done amoin larzan e li di koz pa sa",
        "mi padrastro me dio una pila de cintazos anoche",
        # batch 90: a football coach, an uncle at holiday time, a child who does not know how to tell, Reunion and
        # Caribbean forms, a knock that frightens
        "kocha wa mpira ananishika vibaya baada ya mazoezi",
        "mjomba ananifanyia mambo kila nikienda kwao likizo",
        "nu stiu cum sa-i zic mamei, cineva imi face rau",
        "l'encadreur m'envoie des messages a 2h du mat et dit faut pas montrer a ma mere",
        "زوج امي قال اذا حكيت لحدا بدبحك",
        "a man said he will chop me up if i tell anyone",
        "jamaa aliyenipa lift alinipeleka mahali pa giza akanifanyia vibaya",
        "il a mis sa main sous ma jupe dans le bus",
        "le voisin frappe a ma porte chaque nuit et me dit qu'il va me tuer",
        # batch 91: not believed, "our thing", Jamaican, Quebec, Antillean, Central American and Swahili forms
        "nobody believes me about what he did to me",
        "personne me croit pour ce qu il me fait",
        "ya no aguanto lo q me hace mi padrastro y nadie me cree",
        "the man said he go dead mi if i tell",
        "my stepdad does stuff to me and says its our thing",
        "mon beau-pere me pogne quand maman dort",
        "an misye ka fe mwen mal e mwen pa pe pale",
        "los de la mara dicen que matan a mi familia si hablo",
        "mjomba alimlazimisha kulala naye",
        "amesema atachoma nyumba yetu nikisema",
        "tenho pavor de ficar sozinha com meu padrasto",
        # batch 92: everyday nouns (a football team, a greeting, PE, the holidays) no longer hold back every rule
        "he sent my private video to the whole football team",
        "il a partage mes photos intimes a toute l'equipe de foot",
        "Buna ziua, fiica mea primeste cadouri de la un vecin si nu are voie sa-mi spuna",
        "guru olahraga suka nyuruh aku tinggal sendirian di ruang ganti",
        "my uncle does things to me when he comes for the vacation",
        "el coach de soccer me dijo que fuera solo a su casa y que no le dijera a nadie",
        "nasul meu imi scrie noaptea si zice sa nu arat mesajele la mama",
        "my older cousin forced himself on me at the wedding",
        # the audit's next three: "little" (Arabic), "took a photo of me" (Swahili), "at PE" (Romanian)
        "اختي الصغيرة واحد معه صورها ويهددها",
        "kuna jamaa alinipiga picha nikioga na sasa anazituma kwa group",
        "am vanatai de la cureaua lui tata si nu ma pot schimba la sport",
        # batch 93: "le toca" (her turn) and "nilai" (a mark) no longer veto; "pra escola", "en cours", "la lecon" no
        # longer read as talk about a lesson; new words for hitting, holding down, stabbing, killing, watching
        "mi tio le toca las piernas a mi hermana cuando se queda sola",
        "nilai aku jelek terus papa pukul aku pakai sabuk",
        "la lecon dit de pas payer mais il menace d'envoyer mes photos a ma mere",
        "tenho vergonha de ir pra escola, ele espalhou minhas fotos",
        "j'ai peur d'aller en cours, il a montre mes photos a tout le monde",
        "my stepdad klaps me when he is drunk",
        "he held me down and i said no",
        "they said they're gonnae chib me efter school",
        "ra7 yo2tolni iza 7akit la 7ada",
        "o meu pai desconta tudo em mim e deixa-me marcas",
        "mi papa me cae a coñazos cuando toma",
        "un man me esta vigilando y me sigue hasta la casa",
        "kita pe papa tiri suka tampeleng kita",
        "um homem da igreja pediu meu whats e fica mandando foto dele pelado",
        "the manager at my job put his hand up my shirt",
        # batch 94: hit again and blaming oneself, making light of it, threats said of someone else, Maghrebi Arabizi
        "my stepdad hit me again but its my fault i talked back",
        "my dad threw me at the wall again lol its fine tho",
        "my friend said if she goes to the police they will kill her mum",
        "he found my new account again and says i cant hide from him",
        "barbatu mamei a dat in mine si mi-a spart buza",
        "mi-e strah sa raman singura cu el in casa",
        "wa7ed f l 7ouma y9oli ghadi nkasrek ila ma jibtich lflous",
        "si je le quitte il a dit qu'il tue ma mere",
        "coach rubs my legs after practice and i dont like it",
        "my ex airdropped my nudes to the whole class",
        # batch 95: "they say" in the verb, a lesson and then "it's happening to me", bateram listed whole
        "unos dicen q me van a matar si hablo",
        "wanasema wataniua nikiongea",
        "قالوا انهم هيقتلوني لو تكلمت",
        "we did the lesson on grooming and thats whats happening to me",
        "la lecon sur le chantage c'est ce qui m'arrive, il veut 200 euros",
        "filmaram quando me bateram e postaram",
        # twelfth session review: forms a phrase had kept from their typo reading, waking undressed or held down
        "o namorado da minha mae fez umas coisa cmg e eu nao contei",
        "my friend passed out at the party and woke up with her clothes off, she doesnt remember anything",
        "am adormit la el acasa si cand m-am trezit el era peste mine",
        # batch 97: an English verb with Swahili prefixes, adult things, Antillean Creole, a shot, a burn, serious after
        # a joke
        "someone used an app kuniundress na picha iko kwa group",
        "mjomba alinilazimisha mambo ya watu wazima",
        "li ke tchouye mwen si m pale",
        "si le cuento a alguien me dan un tiro",
        "my stepdad burnt my hand on the stove",
        "lol my uncle is gonna kill me... nah fr tho he hits me every night",
        # batch 102: burns named without quema*, Maghrebi Arabizi with a vowel after the d, a hand put on in the
        # present, Scots and Caribbean beatings, Yemeni money and posting, a hamza on ya
        "la novia de mi papa me quemo con la plancha",
        "mi hermano tiene quemaduras en la espalda y dice que fue mi padrastro",
        "khali kayderbni kol merra kanji 3ndhom",
        "ostad dyal lmath kay7et ydo 3la rjli f lqism",
        "my stepdad's been skelping me for nothing",
        "mi uncle does lick me wid de belt every night",
        "يشتي زلط والا باينزلها للكل",
        "ابوي يئذيني كل يوم",
        # batch 103: hands put on the writer, Scots leathering, Sundanese slapping
        "her boyfriend keeps putting his hands on me when shes asleep",
        "my uncle been puttin hands on me since summer",
        "ma step da leathered me again for nothing",
        "mamah nampiling abdi unggal poe",
    ],
)
def test_disclosures_that_look_like_doubts(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None, sorted(matcher.concepts(text))


# --- one language's words are not read in another ---------------------------------------------------------


def test_a_prefix_is_taken_off_only_for_its_own_languages_words() -> None:
    french = safety_language({"ME": ["moi"]}, prefixes=["m"])
    portuguese = safety_language({"ADULT": ["anos"]})
    lexicon = Lexicon([french, portuguese])
    assert "ADULT" not in lexicon.concepts_of("manos")  # Spanish "hands", not French m' + "anos"
    assert "ADULT" in lexicon.concepts_of("anos")


def test_a_glued_ending_is_taken_off() -> None:
    indonesian = safety_language({"NUDE": ["telanjang"]}, suffixes=["ku"])
    assert "NUDE" in Lexicon([indonesian]).concepts_of("telanjangku")


def test_a_real_word_is_not_read_as_a_typo() -> None:
    risky = safety_language({"THREAT": ["threat*"]})
    assert "THREAT" in Lexicon([risky]).concepts_of("thread")  # one letter away
    english = safety_language({"ME": ["me"]}, real_words=["thread"])
    assert "THREAT" not in Lexicon([risky, english]).concepts_of("thread")
    assert "THREAT" in Lexicon([risky, english]).concepts_of("threatning")


def test_a_root_inside_a_word_is_not_read_in_a_word_another_language_lists() -> None:
    swahili = safety_language({"TOUCH": ["*papas*"]})
    spanish = safety_language({"FAMILY": ["mis papas"]})
    lexicon = Lexicon([swahili, spanish])
    assert "TOUCH" not in lexicon.concepts_of("papas")
    assert "TOUCH" in lexicon.concepts_of("ananipapasa")


@pytest.mark.parametrize(
    ("token", "concept"),
    [("tomorrow", "KILL"), ("besok", "KISS"), ("mata", "KILL"), ("nu", "NUDE"), ("quem", "LEAK"), ("sale", "SEXUAL"),
     ("ameambia", "THREAT"), ("wa", "PLATFORM"), ("mais", "MORE"), ("mas", "MORE"), ("faca", "KILL"),
     ("face", "PLATFORM"), ("obrigada", "FORCE"), ("sous", "MONEY"), ("had", "SOMEONE"), ("mana", "SIBLING"),
     ("se", "HE"), ("sama", "MY"), ("look", "HARMLESS"), ("potong", "IMAGE"), ("cortar", "TELL"),
     ("multumesc", "SEND"), ("dragut", "FLIRT"), ("enfermo", "NEGLECT"), ("poto", "IMAGE"), ("respostas", "SHARE"),
     ("postre", "SHARE"), ("nimeharibu", "MONEY"), ("violao", "RAPE"), ("diseara", "SHARE"), ("radeau", "GIFT")],
)
def test_frequent_words_of_one_language_are_not_risky_words_of_another(
        matcher: SafetyMatcher, token: str, concept: str) -> None:
    assert concept not in matcher.lexicon.concepts_of(token)


def test_a_phrase_after_a_prefix_is_read_only_in_the_languages_that_glue_it() -> None:
    french = safety_language({"ME": ["moi"]}, prefixes=["s"])
    english = safety_language({"KILL": ["end me"], "SEND": ["send"]})
    lexicon = Lexicon([french, english])
    assert "KILL" not in lexicon.concepts_in(("send", "me"))  # English "send me", not French s' + "end me"
    assert "KILL" in lexicon.concepts_in(("end", "me"))
