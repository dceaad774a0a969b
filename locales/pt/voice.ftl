## A voz dos jovens (capacidade 14 do MNR): avaliar lições, a pergunta do fim da série, enquetes rápidas, compartilhar.
## Cada resposta é um toque em um botão; ninguém precisa escrever nada.

## Avaliar uma lição (tela de lição concluída)
btn-rate-h = 👍 Ajudou
btn-rate-u = 🤔 Não sei
btn-rate-n = 👎 Não ajudou
rate-ask = Esta lição ajudou você? Um toque e a gente fica sabendo.
rate-thanks = 💛 Obrigado! Sua avaliação ajuda a melhorar estas lições. Mudou de ideia? É só tocar em outro botão.

## A pergunta de um toque depois de uma série
voice-ask = 🗣 <b>Uma pergunta rápida</b>: sua resposta ajuda a equipe do programa a saber o que importa para você. É só tocar em uma.
voice-thanks = 💛 <b>Obrigado!</b> Sua resposta conta. Você ainda pode mudar: é só tocar em outra.

## Enquetes rápidas
btn-polls = 🗳 Enquete rápida: dê sua opinião
poll-head =
    🗳 <b>Enquete rápida</b>
    { $question }

    <i>Toque em uma resposta. Você pode mudar até { $closes }. Os resultados só mostram totais de pelo menos 5 pessoas, nunca quem respondeu o quê.</i>
poll-new = 📣 Tem uma enquete rápida nova, e a gente adoraria saber o que você acha!
polls-none = Não há nenhuma enquete aberta para você agora. As novas vão aparecer no seu menu.
polls-pick = 🗳 <b>Enquetes rápidas</b>: escolha uma e dê sua opinião.
btn-poll-results = 📊 Ver os resultados
btn-poll-change = ✏️ Mudar minha resposta
poll-answered = ✅ <b>Valeu, sua voz conta!</b> Você escolheu: <i>{ $answer }</i>
poll-change-until = Você pode mudar sua resposta até { $closes }.
poll-results-country = 📊 <b>Resultados até agora: { $country }</b> ({ $total } respostas)
poll-results-all = 📊 <b>Resultados até agora: todos os países</b> ({ $total } respostas)
poll-results-country-hidden = 📊 Ainda não há respostas suficientes de { $country } para mostrar os resultados. Esperamos até que pelo menos 5 pessoas respondam, para que ninguém consiga adivinhar a resposta de ninguém. Volte daqui a pouco!
poll-results-all-hidden = 📊 Ainda não há respostas suficientes para mostrar os resultados. Esperamos até que pelo menos 5 pessoas respondam, para que ninguém consiga adivinhar a resposta de ninguém. Volte daqui a pouco!

## Compartilhar com um amigo
btn-share = 💌 Compartilhar com um amigo
btn-share-send = 📤 Enviar para um amigo
share-intro =
    💌 <b>Compartilhar com um amigo</b>
    Conhece alguém que ia gostar disso? Encaminhe a próxima mensagem para essa pessoa, ou toque em <b>Enviar para um amigo</b>.
share-count =
    { $count ->
        [one] 🎉 { $count } amigo entrou por sua causa!
       *[other] 🎉 { $count } amigos entraram por sua causa!
    } Só contamos o número, nunca quem.
share-count-none = Nenhum amigo entrou pelo seu link ainda. Só contamos o número, nunca quem.
share-text = Lições curtas para se proteger na internet, e ajuda sempre que você precisar.
share-message = 👋 Oi! Estou usando este bot: lições curtas para se proteger na internet, e ajuda sempre que você precisar. Experimente: { $link }
friend-welcome =
    👋 Olá! Um amigo compartilhou este bot com você. Eu trago lições curtas sobre como se proteger na internet e posso mostrar onde pedir ajuda a qualquer momento.

    Primeiro, escolha seu idioma.

## /mydata
mydata-ratings = Lições avaliadas: { $count }
mydata-voice-answers = Respostas a perguntas rápidas e enquetes: { $count }
mydata-share =
    Seu link para compartilhar: { $count ->
        [one] { $count } amigo entrou por ele
       *[other] { $count } amigos entraram por ele
    } (só guardamos o número, nunca quem)
