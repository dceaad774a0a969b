## Ajuda (/help, o botão de ajuda, as palavras de ajuda, as revelações).
## O que é cada serviço; o nome do serviço aparece como é, nunca traduzido.
## Um id terminado em -caregiver ou -professional é mostrado a esse público, em -adult aos dois; o id simples aos
## jovens e a quem o bot ainda não conhece.

help-kind-child_helpline = Linha de apoio para crianças e adolescentes: fale com alguém, de graça e em sigilo
help-kind-child_helpline-adult = Linha de apoio para crianças e adolescentes, e para adultos preocupados com uma criança
help-kind-abuse_report_line = Denunciar abuso ou maus-tratos contra crianças
help-kind-online_help = Ajuda quando algo acontece na internet, por exemplo para remover uma imagem
help-kind-online_help-adult = Ajuda quando uma criança ou adolescente sofre violência na internet, inclusive para remover imagens
help-kind-hotline = Denunciar imagens ou vídeos sexuais de crianças na internet
help-kind-emergency = Emergência
help-kind-takedown_minor = Uma foto sua nua ou sexual de antes dos 18 anos? Peça para ela ser removida, sem se identificar
help-kind-takedown_minor-caregiver = Uma imagem nua ou sexual do seu filho ou da sua filha, de antes dos 18 anos? Ela pode ser removida sem identificação, e você pode ajudar
help-kind-takedown_minor-professional = Uma imagem nua ou sexual de uma criança ou adolescente, de antes dos 18 anos? Ela pode ser removida sem identificação
help-kind-takedown_adult = Para adultos (18+): impedir que imagens íntimas suas sejam divulgadas
help-kind-takedown_adult-adult = Uma imagem íntima sua, de quando você já tinha 18 anos ou mais, foi divulgada ou alguém ameaça divulgar? Impeça que ela se espalhe
help-kind-helpline_directory = Encontrar a linha de ajuda para crianças do seu país
help-kind-hotline_directory = Encontrar um canal de denúncia no seu país

help-hours-24-7 = 24 horas, todos os dias
help-chat = Por chat: { $url }
help-no-helpline = Ainda não conseguimos confirmar uma linha de ajuda para crianças no seu país ({ $country }). A Child Helpline International reúne linhas do mundo todo (veja abaixo).

help-footer-emergency-adult = Sou um bot: não posso investigar nem chamar ninguém por você. <b>Se uma criança está em perigo agora, ligue para { $number }.</b>
help-footer-local-adult = Sou um bot: não posso investigar nem chamar ninguém por você. <b>Se uma criança está em perigo agora, ligue para o número de emergência do seu país.</b>
