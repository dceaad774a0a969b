## Aide (/help, le bouton d'aide, les mots d'aide, les confidences).
## Ce qu'est chaque service ; le nom du service s'affiche tel quel, jamais traduit.
## Un id terminé par -caregiver ou -professional est montré à ce public, par -adult aux deux (vouvoiement) ;
## l'id simple aux jeunes et à qui le bot ne connaît pas encore (tutoiement).

help-kind-child_helpline = Ligne d'écoute pour enfants et jeunes : parle à quelqu'un, c'est gratuit et confidentiel
help-kind-child_helpline-adult = Ligne d'écoute pour enfants et jeunes, et pour les adultes inquiets pour un enfant
help-kind-abuse_report_line = Signaler des violences ou de la maltraitance envers un enfant
help-kind-online_help = De l'aide après un problème en ligne, par exemple pour faire retirer une image
help-kind-online_help-adult = De l'aide quand un enfant est victime en ligne, y compris pour faire retirer des images
help-kind-hotline = Signaler des images ou vidéos sexuelles d'enfants en ligne
help-kind-emergency = Urgences
help-kind-takedown_minor = Une photo de toi nue ou sexuelle, prise avant tes 18 ans ? Fais-la retirer, anonymement
help-kind-takedown_minor-caregiver = Une image nue ou sexuelle de votre enfant, prise avant ses 18 ans ? Votre enfant peut la faire retirer anonymement, et vous pouvez l'y aider
help-kind-takedown_minor-professional = Une image nue ou sexuelle d'un enfant ou d'un jeune, prise avant ses 18 ans ? Il ou elle peut la faire retirer anonymement
help-kind-takedown_adult = Pour les adultes (18 ans et plus) : empêcher le partage d'images intimes de soi
help-kind-takedown_adult-adult = Une image intime de vous, prise à l'âge adulte, est diffusée ou quelqu'un menace de la diffuser ? Empêchez-la de circuler
help-kind-helpline_directory = Trouver la ligne d'écoute pour enfants et jeunes de ton pays
help-kind-helpline_directory-adult = Trouver la ligne d'écoute pour enfants et jeunes de votre pays
help-kind-hotline_directory = Trouver un service de signalement dans ton pays
help-kind-hotline_directory-adult = Trouver un service de signalement dans votre pays

help-hours-24-7 = 24 h/24, 7 j/7
help-chat = Tchat : { $url }
help-no-helpline = Nous n'avons pas encore pu confirmer de ligne d'écoute pour enfants dans ton pays ({ $country }). Child Helpline International en recense dans le monde entier (voir plus bas).
help-no-helpline-adult = Nous n'avons pas encore pu confirmer de ligne d'écoute pour enfants dans votre pays ({ $country }). Child Helpline International en recense dans le monde entier (voir plus bas).

help-intro-country-adult = Où trouver de l'aide dans votre pays ({ $country }) et partout ailleurs :
help-intro-global-adult = Où trouver de l'aide, où que vous soyez :
help-no-country-adult = Indiquez votre pays dans /settings pour voir les lignes d'écoute près de chez vous.
help-footer-emergency-adult = Je suis un bot : je ne peux ni enquêter ni contacter quelqu'un à votre place. <b>Si un enfant est en danger maintenant, appelez le { $number }.</b>
help-footer-local-adult = Je suis un bot : je ne peux ni enquêter ni contacter quelqu'un à votre place. <b>Si un enfant est en danger maintenant, appelez le numéro d'urgence de votre pays.</b>
