## Aide (/help, le bouton d'aide, les mots d'aide, les confidences).
## Ce qu'est chaque service ; le nom du service s'affiche tel quel, jamais traduit.
## Un id terminé par -caregiver ou -professional est montré à ce public, par -adult aux deux ; l'id simple aux
## jeunes et à qui le bot ne connaît pas encore. Espace fine insécable (U+202F) avant : ; ! ?

help-kind-child_helpline = Ligne d'écoute pour enfants et jeunes : parler à quelqu'un, gratuitement et en toute confidentialité
help-kind-child_helpline-adult = Ligne d'écoute pour enfants et jeunes, et pour les adultes inquiets pour un enfant
help-kind-abuse_report_line = Signaler des violences ou de la maltraitance envers un enfant
help-kind-online_help = Aide en cas de problème en ligne, par exemple pour faire retirer une image
help-kind-online_help-adult = Aide quand un enfant est victime en ligne, y compris pour faire retirer des images
help-kind-hotline = Signaler des images ou vidéos sexuelles d'enfants en ligne
help-kind-emergency = Urgences
help-kind-takedown_minor = Photo nue ou sexuelle prise avant 18 ans ? La faire retirer, anonymement
help-kind-takedown_minor-caregiver = Une image nue ou sexuelle de votre enfant, prise avant ses 18 ans ? Votre enfant peut la faire retirer anonymement, et vous pouvez l'y aider
help-kind-takedown_minor-professional = Une image nue ou sexuelle d'un enfant ou d'un jeune, prise avant ses 18 ans ? Il ou elle peut la faire retirer anonymement
help-kind-takedown_adult = Pour les adultes (18 ans et plus) : empêcher le partage d'images intimes de soi
help-kind-takedown_adult-adult = Une image intime de vous, prise à l'âge adulte, est diffusée ou quelqu'un menace de la diffuser ? Empêcher sa circulation
help-kind-helpline_directory = Trouver la ligne d'écoute pour enfants et jeunes du pays
help-kind-hotline_directory = Trouver un service de signalement dans le pays

help-hours-24-7 = 24 h/24, 7 j/7
help-chat = Tchat : { $url }
help-no-helpline = Aucune ligne d'écoute pour enfants n'a encore pu être confirmée dans ce pays ({ $country }). Child Helpline International en recense dans le monde entier (voir plus bas).

help-footer-emergency-adult = Je suis un bot : je ne peux ni enquêter ni prévenir quelqu'un moi-même. <b>Si un enfant est en danger immédiat, appeler le { $number }.</b>
help-footer-local-adult = Je suis un bot : je ne peux ni enquêter ni prévenir quelqu'un moi-même. <b>Si un enfant est en danger immédiat, appeler le numéro d'urgence local.</b>
