## Série : Les réglages de sécurité de tes applis (app-safety), pour les ados de 13 à 17 ans.
## Noms des réglages vérifiés sur les pages d’aide ou de sécurité de chaque plateforme (voir content/series/app-safety.yaml) ;
## les réglages qui n’ont pas pu y être confirmés sont décrits en termes généraux. Noms français des menus repris
## quand ils sont sûrs ; sinon, le nom anglais entre guillemets.

s-app-safety-title = Les réglages de sécurité de tes applis
s-app-safety-about = Les principaux réglages de confidentialité de WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox et YouTube : qui peut te contacter, compte privé, position et groupes, et comment bloquer et signaler.

## Leçon 1 : WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp fonctionne avec les numéros de téléphone : tous ceux qui ont ton numéro peuvent t’écrire, et ton numéro peut circuler dans les groupes.

    Quelques réglages changent beaucoup de choses. La plupart sont dans WhatsApp, sous <b>Paramètres → Confidentialité</b>. Les applis changent leurs menus de temps en temps : si un nom est différent sur ton téléphone, cherche quelque chose de proche.
s-app-safety-whatsapp-intro-alt = Un téléphone qui affiche une discussion de groupe, à côté d’un gros cadenas, d’une roue des paramètres et d’une coche verte.
s-app-safety-whatsapp-groups =
    <b>Groupes</b> : dans Paramètres → Confidentialité → Groupes, tu choisis qui peut t’ajouter à des groupes. Choisis <b>Mes contacts</b>, ou une option plus stricte si tu en vois une. Les gens qui ne sont pas dans tes contacts doivent alors t’envoyer une invitation, et c’est toi qui décides de rejoindre ou non.

    Si on t’ajoute à un groupe où tu ne veux pas être, tu peux le quitter et le signaler.
s-app-safety-whatsapp-profile-location =
    Dans Confidentialité, tu peux aussi choisir qui voit ta photo de profil, ton texte de présentation, ta dernière connexion et ton statut en ligne, et tes statuts. « Mes contacts » est plus sûr que « Tout le monde ».

    La <b>position en direct</b> n’est partagée que si tu choisis de la partager dans une discussion. Partage-la seulement avec des gens que tu connais en vrai, et arrête le partage quand tu n’en as plus besoin.
s-app-safety-whatsapp-block-report =
    <b>Bloquer</b> : ouvre la discussion, appuie sur le nom de la personne, puis sur <b>Bloquer</b>. Les personnes bloquées ne peuvent ni t’appeler ni t’écrire, et ne voient plus ta dernière connexion, ton statut en ligne ni les changements de ta photo de profil.

    <b>Signaler</b> : au même endroit, choisis <b>Signaler</b>. Tu peux signaler et bloquer en une seule fois. Tu ne peux pas bloquer tout un groupe, mais tu peux le quitter et bloquer son administrateur.
s-app-safety-whatsapp-q1 = Des gens que tu ne connais pas n’arrêtent pas de t’ajouter à des groupes WhatsApp. Quel réglage aide le plus ?
s-app-safety-whatsapp-q1-a = Groupes : choisir Mes contacts
s-app-safety-whatsapp-q1-a-why = Avec ce réglage, les gens qui ne sont pas dans tes contacts peuvent seulement t’envoyer une invitation, et c’est toi qui choisis de rejoindre ou non. Tu peux aussi quitter et signaler les groupes dont tu ne veux pas.
s-app-safety-whatsapp-q1-b = Désactiver les confirmations de lecture
s-app-safety-whatsapp-q1-b-why = Les confirmations de lecture sont un réglage de confidentialité utile, mais elles changent seulement le fait que les gens voient si tu as lu un message. Elles n’empêchent personne de t’ajouter à des groupes.
s-app-safety-whatsapp-q1-c = Changer ma photo de profil
s-app-safety-whatsapp-q1-c-why = Choisir qui peut voir ta photo, c’est aussi une bonne idée. Mais ça ne contrôle pas qui peut te mettre dans des groupes.
s-app-safety-whatsapp-what-to-do =
    <b>Que faire</b>
    Vérifie Paramètres → Confidentialité aujourd’hui : groupes, photo de profil et dernière connexion. Ne partage ta position en direct qu’avec des gens connus en vrai. Bloque et signale qui t’embête. Menaces ou demandes de photos ? Garde la discussion et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Instagram et TikTok

s-app-safety-insta-tiktok-title = Instagram et TikTok
s-app-safety-insta-tiktok-intro =
    Sur Instagram et TikTok, avec un compte public, n’importe qui peut voir tes publications, souvent les commenter, et les partager bien au-delà de tes amis.

    Les deux applis ont des protections en plus pour les ados, et certaines sont activées par défaut. Ça vaut quand même le coup de vérifier : les réglages peuvent être modifiés, et certaines protections dépendent de l’âge que l’appli pense que tu as.
s-app-safety-insta-tiktok-intro-alt = Un téléphone qui affiche un profil fermé par un cadenas, avec une demande d’abonnement acceptée et une autre refusée.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Compte privé</b> : seuls les abonnés que tu acceptes voient tes publications, stories et reels. Instagram met les comptes en privé par défaut pour les moins de 16 ans (moins de 18 ans dans certains pays).
    • Instagram empêche les adultes d’écrire en privé aux ados avec qui ils ne sont pas en lien.
    • Dans tes réglages de messages, limite qui peut t’envoyer des demandes de message.
    • Ne mets pas de lieu sur tes publications, ou ajoute-le seulement quand tu n’y es plus.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Compte privé</b> : activé par défaut de 13 à 15 ans. Seules les personnes que tu acceptes peuvent te suivre et voir tes vidéos.
    • <b>Suggérer ton compte à d’autres utilisateurs</b> : désactive-le, pour que des inconnus ne soient pas dirigés vers toi.
    • <b>Messages privés</b> : pas disponibles avant 16 ans. À 16 et 17 ans, choisis qui peut t’écrire, par exemple tes amis seulement, ou personne.
    • Quand tu publies, tu peux choisir qui peut voir chaque vidéo.
s-app-safety-insta-tiktok-block-report =
    <b>Bloquer ou signaler une personne</b> sur les deux applis : va sur son profil, appuie sur les trois points, puis sur <b>Bloquer</b> ou <b>Signaler</b>.
    <b>Signaler une publication ou une vidéo</b> : sur TikTok, appuie sur la flèche de partage, puis Signaler. Sur Instagram, appuie sur les trois points de la publication, puis Signaler.

    La personne ne sait pas qui l’a signalée. Instagram a aussi <b>Restreindre</b>, qui limite quelqu’un discrètement, sans le bloquer.
s-app-safety-insta-tiktok-q1 = Tu as 15 ans et tu veux publier des vidéos de danse juste pour tes amis. Quels réglages choisir ?
s-app-safety-insta-tiktok-q1-a = Compte public, mais sans légendes
s-app-safety-insta-tiktok-q1-a-why = Ne pas mettre de légende aide un peu. Mais avec un compte public, n’importe qui peut quand même voir, commenter et partager tes vidéos.
s-app-safety-insta-tiktok-q1-b = Compte privé, et j’accepte mes abonnés
s-app-safety-insta-tiktok-q1-b-why = Avec un compte privé, c’est toi qui décides qui te suit et voit tes vidéos. Tu peux aussi choisir qui peut voir chaque vidéo au moment de la publier.
s-app-safety-insta-tiktok-q1-c = Compte public, et je bloque les gens bizarres après
s-app-safety-insta-tiktok-q1-c-why = Bloquer est un super outil, mais ça ne marche qu’une fois que quelqu’un est arrivé jusqu’à toi. Un compte privé tient les inconnus à l’écart dès le départ.
s-app-safety-insta-tiktok-what-to-do =
    <b>Que faire</b>
    Vérifie que ton compte est privé, empêche l’appli de suggérer ton compte à d’autres et limite qui peut t’écrire. Ne mets pas de lieu sur tes publications. Bloque et signale quiconque te met mal à l’aise, et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Snapchat et Discord

s-app-safety-snap-discord-title = Snapchat et Discord
s-app-safety-snap-discord-intro =
    Snapchat et Discord sont faits pour discuter avec tes amis et des communautés. Mais les deux peuvent aussi permettre à des inconnus de te joindre, sauf si tu fixes des limites.

    Les snaps et messages qui « disparaissent » peuvent quand même être capturés, ou filmés avec un autre téléphone. Ne laisse pas une fonction éphémère te faire faire confiance à quelqu’un plus vite.
s-app-safety-snap-discord-intro-alt = Un téléphone qui affiche une carte où un gentil fantôme cache la position, à côté d’une épingle de carte barrée et d’un cadenas.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Me contacter</b> : dans tes paramètres de confidentialité, vérifie que seuls <b>Mes amis</b> peuvent te contacter.
    • <b>Snap Map</b> : ta position est désactivée sauf si tu l’actives. Le <b>Mode Fantôme</b> la cache ; si tu la partages, fais-le seulement avec quelques amis proches.
    • N’ajoute que des gens que tu connais en vrai.
    • Pour bloquer ou signaler quelqu’un, ouvre son profil, ou appuie longuement sur son snap, et choisis Bloquer ou Signaler.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (Paramètres utilisateur, confidentialité et social)
    • Désactive <b>« Allow direct messages from server members »</b> (les MP des membres du serveur) : les gens de tes serveurs ne pourront t’écrire que s’ils sont tes amis.
    • <b>Demandes d’ami</b> : choisis qui peut t’en envoyer, pas tout le monde.
    • Pour les ados, Discord floute ou bloque par défaut les images sensibles en MP.
    • Bloquer : son profil, les trois points, puis Bloquer. Signaler : menu de son message, puis Signaler.
s-app-safety-snap-discord-q1 = Quelqu’un d’un gros serveur Discord que tu as rejoint t’envoie sans arrêt des MP que tu n’as pas demandés. Qu’est-ce qui aide ?
s-app-safety-snap-discord-q1-a = Désactiver les MP des membres des serveurs
s-app-safety-snap-discord-q1-a-why = Avec cette option désactivée, les gens qui partagent un serveur avec toi ne peuvent pas t’écrire s’ils ne sont pas tes amis. Tu peux aussi bloquer et signaler la personne.
s-app-safety-snap-discord-q1-b = Quitter tous mes serveurs
s-app-safety-snap-discord-q1-b-why = Tu peux toujours quitter un serveur. Mais tu n’as pas à perdre tes communautés : un seul réglage bloque les MP des inconnus qui s’y trouvent.
s-app-safety-snap-discord-q1-c = Lui répondre et lui demander d’arrêter
s-app-safety-snap-discord-q1-c-why = Demander poliment, ça marche avec certaines personnes. Mais répondre fait durer la discussion. Bloque, signale et change le réglage.
s-app-safety-snap-discord-what-to-do =
    <b>Que faire</b>
    Snapchat : Me contacter sur Mes amis seulement, et le Mode Fantôme sur la Snap Map. Discord : MP des membres des serveurs désactivés, et demandes d’ami limitées. Bloque et signale quiconque te met la pression, et garde les preuves. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Roblox et YouTube

s-app-safety-roblox-youtube-title = Roblox et YouTube
s-app-safety-roblox-youtube-intro =
    Roblox et YouTube sont immenses, avec des joueurs et des spectateurs de tous les âges, adultes compris. Leurs réglages t’aident à décider qui peut te parler et qui voit ce que tu crées.

    Les deux changent souvent leurs réglages. Si un nom de cette leçon est différent chez toi, cherche dans les paramètres Confidentialité, Communication ou Contrôle parental.
s-app-safety-roblox-youtube-intro-alt = Une manette de jeu et un lecteur vidéo avec un bouclier vert entre eux, plus un drapeau de signalement et un panneau de blocage.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • Dans <b>Paramètres → Confidentialité</b>, choisis qui peut te parler et t’écrire. Le plus sûr : amis seulement, ou personne.
    • Pas de vrai nom, d’école ni d’autres comptes dans le chat ou ton profil.
    • <b>Signaler un abus</b> : en jeu, ouvre le menu et touche le drapeau près du nom du joueur, ou l’onglet Signaler. Signale le message en cause, pour que la modération voie les faits.
    • <b>Bloquer un utilisateur</b> : touche le joueur dans la liste, ou les trois points de son profil.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Quand tu mets une vidéo en ligne, choisis qui peut la voir : Privée, Non répertoriée (seulement les gens qui ont le lien) ou Publique.
    • Tu peux désactiver les commentaires de tes vidéos, ou les retenir pour examen.
    • Ne montre ni ton école, ni ta rue, ni ta maison dans tes vidéos.
    • <b>Signaler</b> : utilise le menu à trois points d’une vidéo, d’un commentaire ou d’une chaîne, puis Signaler. Le signalement est anonyme : l’autre personne ne saura pas que c’était toi.
s-app-safety-roblox-youtube-q1 = Un joueur sur Roblox te demande ton Snapchat pour « parler vraiment ». Tu fais quoi ?
s-app-safety-roblox-youtube-q1-a = Le lui donner, il a l’air sympa
s-app-safety-roblox-youtube-q1-a-why = Être sympa en retour, c’est naturel. Mais te faire passer sur une autre appli est souvent une première étape pour se retrouver seul avec toi. Garde le chat dans le jeu, ou arrête-le.
s-app-safety-roblox-youtube-q1-b = Dire non, et bloquer ou signaler s’il insiste
s-app-safety-roblox-youtube-q1-b-why = Tu peux garder le chat dans le jeu, ou simplement dire non. S’il continue à demander ou devient insistant, bloque-le et signale-le, et parles-en à un adulte de confiance.
s-app-safety-roblox-youtube-q1-c = Lui donner un faux nom de compte
s-app-safety-roblox-youtube-q1-c-why = C’est malin de protéger ton vrai compte. Mais comme ça, la discussion continue. Dire non, et bloquer si besoin, c’est plus simple et plus sûr.
s-app-safety-roblox-youtube-what-to-do =
    <b>Que faire</b>
    Roblox : limite le chat et les messages à tes amis, et utilise Signaler un abus et Bloquer un utilisateur. YouTube : dans le doute, publie en Privée ou Non répertoriée, et signale tout ce qui t’inquiète. Si on te demande des photos ou te menace, parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.
