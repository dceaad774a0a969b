## O painel web da equipe (bot/web/dashboard/) e o comando /dashboard que dá acesso a ele (bot/features/dashboard.py).
## Registro profissional (você), português do Brasil. Texto simples: as páginas o escapam; "<5" aparece como está.

## /dashboard no chat
dashboard-link =
    🔐 <b>Seu link de acesso ao painel</b>

    { $link }

    Ele funciona uma única vez, por { $minutes } minutos, no navegador em que você abri-lo. A sessão dura { $hours } horas, ou até você sair. Não encaminhe: ele abre o painel para quem usá-lo primeiro.
dashboard-not-set =
    O painel web ainda não está configurado. Um administrador precisa definir <code>DASHBOARD_URL</code> com o endereço público do servidor HTTP do bot (por exemplo <code>https://stats.example.org</code>, atrás de um proxy TLS) e reiniciar o bot. Depois, envie /dashboard de novo.

## Moldura de cada página
dash-name = Programa de segurança on-line · Painel
dash-skip = Ir para o conteúdo
dash-menu = Páginas do painel
dash-nav-overview = Visão geral
dash-nav-reach = Alcance
dash-nav-lessons = Lições
dash-nav-voice = Voz da juventude
dash-nav-checkins = Consultas MNR
dash-nav-cohorts = Turmas e envios
dash-language = Idioma do painel
dash-change-language = Mudar
dash-sign-out = Sair
dash-footer = Contagens de menos de 5 pessoas nunca são mostradas. Os números são pseudônimos; nenhuma página identifica uma pessoa.
dash-print = Imprimir ou salvar como PDF

## Entrar e sair
dash-sign-in-title = Entrar no painel
dash-sign-in-text = Este link abre o painel neste navegador. Ele só funciona uma vez.
dash-sign-in-button = Abrir o painel
dash-link-expired-title = Este link não funciona mais
dash-link-expired = Os links de acesso funcionam uma única vez e por poucos minutos. Envie /dashboard ao bot para receber um novo.
dash-signed-out-title = Você saiu
dash-signed-out = Para abrir o painel, envie /dashboard ao bot no Telegram e abra o link que ele enviar. Só a equipe do programa pode entrar.
dash-form-expired = Este formulário expirou. Recarregue a página e tente de novo.

## Erros
dash-error-title = Algo deu errado
dash-error = Não foi possível mostrar a página. Tente de novo daqui a pouco.
dash-unavailable = O banco de dados não está acessível agora. Tente de novo daqui a pouco.
dash-not-found-title = Página não encontrada
dash-not-found = Não há nada neste endereço. Use o menu para encontrar a página de que você precisa.
dash-bad-filter-title = Este filtro não pode ser usado
dash-bad-filter = Confira os filtros: { $detail }

## Filtros
dash-filters = Filtros
dash-period = Período
dash-days = Últimos { $days } dias
dash-period-custom = Datas abaixo
dash-from = De
dash-to = Até
dash-apply = Aplicar
dash-all = Todos
dash-none = Nenhum
dash-filter-country = País
dash-filter-audience = Público
dash-filter-age_band = Faixa etária
dash-filter-locale = Idioma
dash-filter-series = Série
dash-filter-cohort = Turma
dash-filter-capability = Capacidade MNR
dash-breakdown = Dividir por
dash-every = Intervalo
dash-week = Semana
dash-month = Mês
dash-chart-metric = Número no gráfico
dash-period-range = { $start } – { $end } (UTC)

## Números
dash-metric-active = Ativas
dash-metric-reached = Alcançadas
dash-metric-engaged = Engajadas
dash-metric-completed = Concluíram uma série
dash-metric-quiz-people = Responderam a um quiz
dash-metric-quiz-accuracy = Acertos nos quizzes
dash-define-active = Pessoas com alguma atividade contada sob uma capacidade MNR (lições sob a 13, participação juvenil sob a 14).
dash-define-reached = Pessoas que viram pelo menos um cartão de lição.
dash-define-engaged = Pessoas que concluíram pelo menos uma lição.
dash-define-completed = Pessoas que concluíram uma série inteira.
dash-define-quiz-people = Pessoas que responderam a pelo menos uma pergunta de quiz.
dash-define-quiz-accuracy = A parcela das primeiras tentativas nas perguntas de quiz que estavam certas.
dash-suppressed = <5
dash-hidden-part = Oculto (contagens pequenas)
dash-everyone = Todas as pessoas
dash-people = Pessoas
dash-share = Parcela
dash-figure = Número
dash-this-period = Este período
dash-previous-period = Período anterior
dash-change = Variação
dash-change-none = sem comparação
dash-change-points = { $points } p.p.
dash-before = antes: { $value }
dash-nothing = Ainda não há nada para mostrar com estes filtros.
dash-chart-desc = A tabela ao lado deste gráfico traz os mesmos números.
dash-capability-name = { $number }. { $name }
dash-about = Como ler estes números
dash-suppression-note = Toda contagem de 1 a 4 pessoas é ocultada (aparece como <5). Quando uma linha ou coluna ocultaria uma única contagem, a próxima menor também é ocultada, para que os totais não a revelem. Os dias estão em UTC. Cada tabela pode ser baixada em CSV com os mesmos números da API de estatísticas; um número oculto é uma célula vazia.
dash-download-csv = Baixar CSV

## Visão geral
dash-overview-title = Visão geral
dash-headline = O período em resumo
dash-comparison-caption = Este período comparado ao anterior ({ $previous })
dash-trend = Tendência
dash-weekly-caption = Pessoas por semana
dash-weekly-chart = Pessoas alcançadas, engajadas e que concluíram uma série, por semana
dash-weeks-note = As semanas começam na segunda-feira; a primeira e a última podem ficar em parte fora do período.
dash-where = Onde
dash-by-country-caption = Pessoas por país
dash-by-country-chart = Pessoas alcançadas, por país

## Alcance
dash-reach-title = Alcance ao longo do tempo
dash-over-time = Ao longo do tempo
dash-over-time-caption = { $metric } ao longo do tempo
dash-over-time-chart = { $metric } ao longo do tempo
dash-top-lines-note = O gráfico e esta tabela mostram os { $count } maiores grupos; o CSV traz todos os grupos e todos os números.
dash-totals = Totais do período
dash-totals-caption = Números do período inteiro
dash-totals-chart = { $metric } no período inteiro

## Lições
dash-lessons-title = Lições
dash-step = Etapa
dash-step-started = Começaram a série
dash-step-lesson = Concluíram "{ $lesson }"
dash-step-completed = Concluíram a série
dash-share-of-starters = Parcela de quem começou
dash-funnel-caption = { $series }: da primeira lição ao fim
dash-funnel-chart = Pessoas em cada etapa de { $series }
dash-quiz-caption = { $series }: perguntas dos quizzes
dash-quiz-chart = Acertos na primeira tentativa, por pergunta, em { $series }
dash-quiz-note = Uma parcela baixa, ou uma resposta errada escolhida com frequência, indica uma ideia equivocada que vale tratar na lição. O CSV traz cada opção de resposta.
dash-question-header = Pergunta
dash-question = { $lesson }: { $question }
dash-answered = Responderam
dash-right-first-time = Acerto na primeira tentativa
dash-common-wrong = Resposta errada mais escolhida
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Lição
dash-ratings-caption = { $series }: o quanto cada lição foi útil
dash-ratings-chart = Avaliações das lições de { $series }
dash-rating-helpful = Útil
dash-rating-unsure = Não tenho certeza
dash-rating-not-helpful = Pouco útil

## Voz da juventude
dash-voice-title = Voz da juventude
dash-voice-lead = O que jovens e responsáveis nos disseram com um toque: enquetes e a pergunta do fim de cada série. Os resultados são as respostas atuais.
dash-polls = Enquetes
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Perguntas das séries
dash-series-question-caption = { $series }: { $question }
dash-option = Resposta
dash-voice-note = Os filtros valem para o perfil atual de cada pessoa (país, público, idioma). Quem pediu para ter os dados apagados não é mais contado aqui.

## Consultas MNR
dash-checkins-title = Consultas MNR
dash-checkins-lead = Consultas rápidas a profissionais sobre as 21 capacidades da Resposta Nacional Modelo. Abra uma rodada para ver a grade de maturidade de cada país.
dash-rounds = Rodadas
dash-rounds-caption = Rodadas de consulta, da mais recente para a mais antiga
dash-no-rounds = Nenhuma rodada foi aberta ainda. A equipe abre uma com /openround no chat.
dash-round = Rodada
dash-questionnaire = Questionário
dash-opens = Abertura
dash-closes = Encerramento
dash-respondents = Respondentes
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Aberta de { $opens } a { $closes }. País mostrado: { $country }.
dash-compare-with = Comparar com a rodada
dash-open-profile = Perfil do país para impressão
dash-no-countries = Ninguém respondeu a esta rodada ainda.
dash-verified-respondents = Respondentes verificados
dash-verified-explained = Profissionais que chegaram por um convite da equipe do programa, que registra o setor e o país.
dash-self-declared-respondents = Respondentes autodeclarados
dash-self-declared-explained = Profissionais que informaram o próprio setor e país. Leia as respostas deles separadamente das verificadas.
dash-grid-caption-verified = Fase de maturidade por capacidade, respondentes verificados, { $country }, rodada { $round }
dash-grid-caption-self = Fase de maturidade por capacidade, respondentes autodeclarados, { $country }, rodada { $round }
dash-grid-chart-verified = Fases de maturidade, respondentes verificados, { $country }
dash-grid-chart-self = Fases de maturidade, respondentes autodeclarados, { $country }
dash-capability = Capacidade MNR
dash-no-answers = Ainda não há respostas destes respondentes neste país.
dash-change-between-rounds = Variação desde uma rodada anterior
dash-change-caption = Parcela de respondentes em cada fase, rodada { $earlier } → rodada { $round }, { $country }
dash-no-earlier-round = Não há uma rodada anterior deste questionário para comparar.
dash-respondent-kind = Respondentes
dash-verified = Verificados
dash-self-declared = Autodeclarados
dash-other-items = Outras perguntas
dash-other-items-caption = Respostas às outras perguntas, { $country }
dash-answers = Respostas
dash-phases = As fases de maturidade
dash-checkin-suppression = Os números vêm de pelo menos 5 respondentes: uma contagem menor é ocultada (aparece como <5), assim como a próxima menor quando só uma ficaria oculta. Os países nunca são classificados.
dash-profile-title = Perfil do país: { $country }
dash-profile-lead = Consulta rápida MNR { $round } ({ $questionnaire }), aberta de { $opens } a { $closes }. Preparado em { $today }.
dash-back-to-round = Voltar à rodada

## Turmas e envios
dash-cohorts-title = Turmas e envios
dash-cohorts = Turmas
dash-cohorts-caption = As turmas e seus membros
dash-cohort = Turma
dash-joining = Inscrições
dash-open = Abertas
dash-closed = Fechadas
dash-created = Criada em
dash-members = Membros
dash-outcomes = Resultados no período
dash-outcomes-caption = O que os membros das turmas fizeram no período
dash-outcomes-chart = Membros que concluíram uma série, por turma
dash-pushes = Envios
dash-pushes-caption = Séries enviadas às turmas, da mais recente para a mais antiga (mensagens)
dash-pushes-chart = Andamento dos últimos envios
dash-pushes-note = Cada número conta mensagens, uma por membro e lição. Aguardando: agendada ou sendo enviada. Inativo: o membro bloqueou o bot. Parado: o membro enviou /stop. Incerto: o envio parou enquanto era feito; a mensagem pode ter chegado.
dash-push = Envio
dash-push-label = { $series } → { $cohort }
dash-push-mode = Modo
dash-push-status = Situação
dash-push-mode-now = Tudo de uma vez
dash-push-mode-drip = Uma lição por dia
dash-push-status-active = Ativo
dash-push-status-paused = Pausado
dash-push-status-cancelled = Cancelado
dash-delivery-total = Mensagens
dash-delivery-sent = Enviadas
dash-delivery-waiting = Aguardando
dash-delivery-failed = Com falha
dash-delivery-inactive = Inativos
dash-delivery-stopped = Parados
dash-delivery-uncertain = Incertas
dash-delivery-cancelled = Canceladas
