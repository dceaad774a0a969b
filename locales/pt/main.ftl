## Interface do bot: boas-vindas, menus, ajuda, privacidade, configurações, erros.
## O texto usa o HTML do Telegram (<b>, <i>, <a href>). Mantenha as variáveis ({ $name }) iguais em todos os idiomas.

language-name = Português

## Comandos (o menu ao lado da caixa de mensagem; descrições com no máximo 256 caracteres)
cmd-start = Começar ou voltar ao menu principal
cmd-lessons = Lições de segurança online
cmd-help = Pedir ajuda agora: linhas de ajuda e denúncias
cmd-settings = Mudar o idioma, quem você é ou o país
cmd-language = Mudar o idioma
cmd-privacy = O que guardamos e por quê
cmd-mydata = Ver tudo o que está guardado sobre você
cmd-forget = Apagar os seus dados
cmd-stop = Parar todas as mensagens deste bot

## Botões usados em vários lugares
btn-help = 🆘 Pedir ajuda
btn-menu = ⬅️ Menu principal
btn-back = ⬅️ Voltar

## Boas-vindas e cadastro
welcome =
    👋 Olá! Eu trago lições curtas sobre segurança online e posso mostrar onde encontrar ajuda a qualquer momento.

    Primeiro, escolha o seu idioma.
choose-language = Escolha o seu idioma.
ask-audience = Quem é você?
btn-aud-youth = 🧑 Sou jovem (13-17 anos)
btn-aud-caregiver = 👪 Sou mãe, pai ou responsável
btn-aud-professional = 💼 Trabalho na proteção de crianças
ask-age = Quantos anos você tem? (Só guardamos a faixa etária, nunca a sua idade.)
btn-age-under13 = Menos de 13
btn-age-13-15 = De 13 a 15
btn-age-16-17 = De 16 a 17
btn-age-adult = 18 ou mais
age-adult-redirect = Esta parte é para pessoas de 13 a 17 anos. Sendo adulto, você pode entrar como mãe, pai ou responsável, ou como alguém que trabalha na proteção de crianças.
under-13 =
    Obrigado por me contar. Este bot é para pessoas a partir dos 13 anos, então não posso continuar com você, e não guardei nada sobre você.

    A sua mãe, o seu pai, quem cuida de você ou outro adulto de confiança pode ajudar você a aprender a ficar em segurança online. Se alguma coisa na internet preocupar você, conte para essa pessoa, ou use uma destas opções:
age-gate-16 =
    Obrigado por me contar. No seu país ({ $country }), o Telegram é para pessoas a partir dos 16 anos, então não posso continuar com você, e não guardei nada sobre você.

    Se alguma coisa na internet preocupar você, fale com um adulto de confiança, ou use uma destas opções:
ask-sector = Em que área você trabalha?
sector-gov = Governo
sector-police = Polícia e forças de segurança
sector-justice = Justiça ou Ministério Público
sector-social = Serviços sociais
sector-health = Saúde
sector-edu = Educação
sector-ngo = ONG ou sociedade civil
sector-tech = Setor de tecnologia
sector-other = Outro
ask-country = Em que país você vive? Assim posso mostrar a ajuda que existe onde você está. Você também pode escrever o nome do país.
btn-country-other = 🌍 Outro país
btn-country-skip = Prefiro não dizer
ask-country-letter = Toque na primeira letra do nome do seu país.
country-not-found = Não encontrei esse país. Toque em um botão, ou escreva o nome como aparece em um mapa.
country-not-said = Não informado
consent-youth =
    <b>Antes de começar: o que eu guardo e por quê</b>

    • O seu idioma, a sua faixa etária (13-15 ou 16-17) e o seu país, para mostrar as lições e a ajuda certas para você.
    • As lições que você abre e as suas respostas aos quizzes, para você continuar de onde parou.
    • Números gerais, sem identificação, sobre o que as pessoas aprendem, para o programa saber se é útil. Eles nunca incluem o seu nome.

    Nunca guardo o seu nome, nome de usuário, número de telefone nem o que você me escreve. Você pode ver os seus dados com /mydata e apagá-los com /forget quando quiser.
consent-caregiver =
    <b>Antes de começar: o que eu guardo e por quê</b>

    • O seu idioma, que você é mãe, pai ou responsável, e o seu país, para mostrar as lições e a ajuda certas para você.
    • As lições que você abre e as suas respostas aos quizzes, para você continuar de onde parou.
    • Números gerais, sem identificação, sobre o que as pessoas aprendem, para o programa saber se é útil.

    Nunca guardo o seu nome, nome de usuário, número de telefone nem o que você me escreve. Veja os seus dados com /mydata; apague-os com /forget quando quiser.
consent-professional =
    <b>Antes de começar: o que eu guardo e por quê</b>

    • O seu idioma, o seu setor e o seu país, para mostrar os questionários e a ajuda adequados.
    • As suas respostas aos questionários, que só são apresentadas de forma agregada, nunca uma a uma, e nunca para classificar países.
    • Números de atividade sem identificação, para que o programa conheça o seu alcance.

    Nunca guardo o seu nome, nome de usuário, número de telefone nem o que me escreve. Consulte os seus dados com /mydata; apague-os com /forget a qualquer momento.
btn-consent-yes = ✅ Concordo
btn-consent-no = Não, obrigado
btn-privacy-full = 🔒 Ler o aviso de privacidade
consent-declined = Sem problema. Não guardei nada sobre você. A ajuda continua aqui: envie /help ou a palavra "ajuda" a qualquer momento, e /start se mudar de ideia.
onboarding-done = Tudo pronto! Aqui está o seu menu.

## Menu principal
menu-youth = O que você quer fazer? Toque em <b>Pedir ajuda</b> sempre que precisar.
menu-caregiver = O que você quer fazer? Toque em <b>Pedir ajuda</b> sempre que precisar.
menu-professional = O que deseja fazer? Toque em <b>Pedir ajuda</b> sempre que for necessário.
btn-lessons = 📚 Lições
btn-settings = ⚙️ Configurações
btn-privacy = 🔒 Privacidade e meus dados
welcome-back = Que bom ter você de volta! Minhas mensagens estão ativadas de novo.

## Ajuda
help-title = <b>🆘 A ajuda está aqui</b>
help-intro-country = Onde encontrar ajuda no seu país ({ $country }) e em qualquer lugar:
help-intro-global = Onde encontrar ajuda, esteja onde estiver:
help-no-country = Escolha seu país no botão 🌍 para ver as linhas de ajuda locais.
help-footer-emergency = Sou um bot: não posso investigar nem chamar ninguém por você. <b>Se você está em perigo agora, ligue para { $number }.</b>
help-footer-local = Sou um bot: não posso investigar nem chamar ninguém por você. <b>Se você está em perigo agora, ligue para o número de emergência do seu país.</b>
disclosure =
    💛 Obrigado por me contar. O que está acontecendo <b>não é culpa sua</b>, e você não precisa passar por isso sem apoio.

    Sou um bot, por isso não posso investigar nem agir diretamente, mas as pessoas abaixo podem ajudar, e você pode falar com elas em sigilo. Se puder, conte também para um adulto de confiança.

## Parar mensagens
stopped = 🔕 Pronto: não vou mais enviar lições nem lembretes. Envie /start para ativá-los de novo. A ajuda continua disponível a qualquer momento: envie /help.

## Privacidade
privacy-notice =
    <b>🔒 Aviso de privacidade</b>

    <b>O que eu guardo:</b> o seu idioma; se você é jovem (com a sua faixa etária, 13-15 ou 16-17, nunca a sua idade exata), mãe, pai ou responsável, ou profissional (com o seu setor); o seu país, se escolheu um; as lições que abriu, as suas respostas aos quizzes e aos questionários; os botões que tocou para avaliar lições ou responder a enquetes; o seu código de partilha e quantos amigos chegaram com ele (nunca quem); se desligou as mensagens.

    <b>O que eu nunca guardo:</b> o seu nome, nome de usuário, número de telefone, fotos ou qualquer coisa que você me escreva.

    <b>Por quê:</b> para mostrar as lições e a ajuda certas no seu idioma, para você continuar de onde parou e para contar, sem identificar ninguém, quantas pessoas o programa alcança. As estatísticas nunca mostram grupos com menos de 5 pessoas.

    <b>Quem vê:</b> quem coordena este programa só vê totais sem identificação. Ninguém vê as suas respostas uma a uma. Os seus dados nunca são vendidos nem usados para treinar inteligência artificial.

    <b>As suas escolhas:</b> /mydata mostra tudo o que eu guardo sobre você. /forget apaga tudo. /stop desliga todas as mensagens. Se você apagar os seus dados, só ficam números sem identificação, que já não podem ser ligados a você.
btn-mydata = 📄 O que você guarda sobre mim
btn-forget = 🗑 Apagar meus dados
mydata-title = <b>📄 Tudo o que eu guardo sobre você</b>
mydata-locale = Idioma: { $value }
mydata-audience = Você é: { $value }
mydata-age = Faixa etária: { $value }
mydata-sector = Setor: { $value }
mydata-country = País: { $value }
mydata-joined = Entrou em: { $value }
mydata-consent = Aceitou o aviso de privacidade em: { $value }
mydata-messages = Lições e lembretes: { $value }
mydata-messages-on = ativados
mydata-messages-off = desligados (/stop)
mydata-roles = Funções: { $value }
role-trainer = formador ou formadora
role-staff = equipe do programa
mydata-checkins = Rodadas de questionários respondidas: { $count }
mydata-events = Dados de atividade (números sem identificação ligados a você): { $count }
mydata-progress = Séries de lições começadas: { $count }
mydata-footer = É só isso. Mais nada: nem nome, nem nome de usuário, nem número de telefone, nem mensagens. Apague tudo com /forget.
mydata-none = Não guardo nada sobre você.
audience-youth = uma pessoa jovem
audience-caregiver = mãe, pai ou responsável
audience-professional = profissional
forget-confirm = Apagar tudo o que eu guardo sobre você? As suas configurações, o seu progresso e as suas respostas vão desaparecer, e não dá para desfazer. Os números sem identificação continuam, mas já não podem ser ligados a você.
btn-forget-yes = 🗑 Sim, apagar tudo
btn-forget-no = Não, manter
forget-done = Pronto. Tudo o que identificava você foi apagado. Só restam dados de atividade sem identificação ({ $count }), que já não podem ser ligados a você. Envie /start se um dia quiser voltar.
forget-cancelled = Nada foi apagado.

## Configurações
settings-title = <b>⚙️ Configurações</b>
settings-current = Idioma: { $locale }
    Você é: { $audience }
    País: { $country }
btn-set-language = 🌐 Idioma
btn-set-audience = 🧑 Quem eu sou
btn-set-country = 📍 País
settings-saved = Guardado.

## Lições
lessons-title = <b>📚 Lições</b>
lessons-pick = Escolha uma série. Você pode parar quando quiser e continuar depois de onde parou.
lessons-none = Ainda não há lições para você aqui.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons } lições · cerca de { $minutes } minutos · { $done }/{ $lessons } feitas
btn-series-start = ▶️ Começar
btn-series-continue = ▶️ Continuar
btn-series-restart = 🔁 Começar de novo
btn-all-lessons = 📚 Todas as lições
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Próximo ➡️
quiz-right = ✅ <b>Certo!</b>
quiz-repeat = (Você já respondeu a esta pergunta: só a sua primeira resposta conta.)
btn-continue = Continuar ➡️
lesson-done = 🎉 <b>Lição concluída: { $lesson }</b>
    { $bar } { $done }/{ $total } lições desta série.
btn-next-lesson = ▶️ Próxima: { $lesson }
series-done =
    🏆 <b>Você terminou “{ $title }”!</b>

    Muito bem! O que você aprendeu pode ajudar você e os seus amigos. Pode começar a série de novo quando quiser, ou escolher outra.
lessons-not-for-you = As lições são para jovens e para mães, pais ou responsáveis. Mude quem você é em /settings.

## Questionários (profissionais)
btn-checkin = 📋 Questionário rápido
checkin-not-for-you = Os questionários são para profissionais. Você pode mudar quem você é em /settings.
checkin-none = Não há nenhum questionário aberto para o seu setor neste momento. Ele vai aparecer aqui quando a próxima rodada abrir.
checkin-pick = <b>📋 Questionários rápidos</b>
    Perguntas curtas sobre como o seu país está em relação ao Modelo de Resposta Nacional. Escolha um:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    Cerca de { $minutes } minutos · aberto até { $closes }.
    As suas respostas são privadas: só são mostrados totais de pelo menos 5 pessoas, e os países nunca são classificados.
btn-checkin-start = ▶️ Começar
btn-checkin-continue = ▶️ Continuar
btn-checkin-revise = ✏️ Rever ou mudar respostas
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = A sua resposta: <b>{ $answer }</b>
ci-dk = Não sei
ci-yes = Sim
ci-no = Não
ci-agree-1 = 1 · Discordo totalmente
ci-agree-2 = 2 · Discordo
ci-agree-3 = 3 · Não concordo nem discordo
ci-agree-4 = 4 · Concordo
ci-agree-5 = 5 · Concordo totalmente
btn-checkin-back = ⬅️ Voltar
btn-checkin-skip = Pular ➡️
checkin-done = ✅ <b>Obrigado!</b> As suas respostas para { $round } foram guardadas. Você pode alterá-las até { $closes }.
checkin-summary-title = <b>As suas respostas</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = sem resposta
checkin-country-title = <b>O que responderam colegas do seu país ({ $country })</b> (só é mostrado quando pelo menos 5 pessoas responderam):
checkin-country-line = • { $capability } ({ $total } respostas): { $shares }
checkin-country-none = Ainda não há respostas suficientes do seu país ({ $country }) para mostrar totais: são necessárias pelo menos 5. Volte a consultar mais tarde com /checkin.
cmd-checkin = Questionário rápido para profissionais
invite-welcome = Boas-vindas! Você recebeu um convite como profissional ({ $sector }, { $country }). Primeiro, escolha o seu idioma.
invite-applied = O seu perfil agora está verificado: { $sector }, { $country }.
invite-invalid = Este link de convite já não é válido. Você ainda pode usar o bot: envie /start.

## Comandos da equipe
staff-rounds-title = <b>Rodadas de questionários</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents } participantes · { $status }
staff-round-open = aberta até { $closes }
staff-round-closed = encerrada
staff-rounds-none = Ainda não há rodadas.
staff-rounds-help = Abrir uma rodada: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Exportar uma: /export ROUND_ID · Convidar um profissional: /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Uso: /openround QUESTIONNAIRE CODE YYYY-MM-DD, por exemplo /openround general-pulse 2026-Q4 2026-12-31. Questionários: { $list }
staff-round-opened = A rodada { $round } de { $questionnaire } está aberta até { $closes }.
staff-export-usage = Uso: /export ROUND_ID (o número mostrado por /rounds).
staff-export-caption = Rodada { $round }: uma linha por participante e por pergunta, com dados pseudonimizados.
staff-invite-usage = Uso: /invite SECTOR COUNTRY [PROGRAMME], por exemplo /invite police KE kenya-2026. Setores: { $list }
staff-invite-created = Link de convite para { $sector } ({ $country }):
    { $link }
    Quem o abrir fica registrado como profissional verificado desse setor e desse país.
staff-failed = Não funcionou: { $reason }

## Situações inesperadas e erros
not-started = Olá! Envie /start para começar. Se precisar de ajuda agora, envie /help.
unknown-text = Não entendi. Use os botões.
unsupported-media = Só consigo ler texto e botões, por isso não abri isso. Por favor, não me envie fotos suas nem de outras pessoas. Envie /help se precisar de ajuda.
group-only-private = Só funciono em conversas privadas. Abra uma conversa comigo para começar.
stale-button = Esse botão já não funciona.
finish-onboarding = Vamos terminar a configuração primeiro.
try-later = Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco. Se precisar de ajuda agora, as linhas de ajuda estão sempre em /help.
unknown-command = Não conheço esse comando. Envie /start para ver o menu ou /help para pedir ajuda.
